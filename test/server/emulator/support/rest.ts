// Helpers for the emulator's contract tests: one call through the Hono app, decoded; connector setup as
// the YAML REST tests do it; and assertions on Elasticsearch's error envelope.

import { expect } from 'vitest'
import { type Emulator, createEmulator } from '../../../../server/emulator/app.ts'

export interface Answer {
  status: number
  headers: Headers
  text: string
  // Tests read arbitrary JSON shapes, and each assertion states what it expects; typing every shape
  // would only restate the assertions.
  // oxlint-disable-next-line typescript/no-explicit-any
  body: any
}

/** Sends one request; a non-string body is JSON-encoded and sent as application/json. */
export async function call(
  emulator: Emulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } }
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    init.headers = { 'content-type': 'application/json', ...headers }
  }
  const response = await emulator.app.request(path, init)
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    parsed = undefined
  }
  return { status: response.status, headers: response.headers, text, body: parsed }
}

export function emulator(options: Parameters<typeof createEmulator>[0] = {}): Emulator {
  return createEmulator(options)
}

/** `connector.put` as the YAML setups do: a connector that can run syncs. */
export async function putConnector(target: Emulator, id: string, body: Record<string, unknown> = {}): Promise<void> {
  const answer = await call(target, 'PUT', `/_connector/${encodeURIComponent(id)}`, {
    index_name: `search-${id.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`,
    name: 'my-connector',
    language: 'de',
    is_native: false,
    service_type: 'super-connector',
    ...body,
  })
  expect(answer.status, answer.text).toBeLessThan(300)
}

/** `connector.sync_job_post`; returns the new job id. */
export async function createJob(target: Emulator, body: Record<string, unknown>): Promise<string> {
  const answer = await call(target, 'POST', '/_connector/_sync_job', body)
  expect(answer.status, answer.text).toBe(201)
  return answer.body.id as string
}

/** Asserts the structured envelope: status in body and on the wire, type, reason, root cause. */
export function expectEsError(answer: Answer, status: number, type: string, reason?: string | RegExp): void {
  expect(answer.status, answer.text).toBe(status)
  expect(answer.headers.get('x-elastic-product')).toBe('Elasticsearch')
  expect(answer.body.status).toBe(status)
  expect(answer.body.error.type).toBe(type)
  expect(Array.isArray(answer.body.error.root_cause)).toBe(true)
  expect(answer.body.error.root_cause.length).toBeGreaterThan(0)
  if (typeof reason === 'string') expect(answer.body.error.reason).toBe(reason)
  else if (reason) expect(answer.body.error.reason).toMatch(reason)
}

/** The innermost `caused_by` of an error body. */
export function innermostCause(body: Answer['body']): { type: string; reason: string } {
  let cause = body.error
  while (cause.caused_by) cause = cause.caused_by
  return cause
}
