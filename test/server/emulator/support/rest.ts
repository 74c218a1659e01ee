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
  target: Emulator,
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
  const response = await target.app.request(path, init)
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
  if (answer.status >= 300) throw new Error(`connector.put ${id} failed: ${answer.text}`)
}

/** The configuration field of Elasticsearch's connector YAML tests, with its label and value. */
export const configField = (label: string, value: unknown) => ({
  default_value: null,
  depends_on: [{ field: 'some_field', value: 31 }],
  display: 'numeric',
  label,
  options: [],
  order: 4,
  required: true,
  sensitive: false,
  tooltip: 'Wow, this tooltip is useful.',
  type: 'str',
  ui_restrictions: [],
  validations: [{ constraint: 0, type: 'greater_than' }],
  value,
})

/** `connector.sync_job_post`; returns the new job id. */
export async function createJob(target: Emulator, body: Record<string, unknown>): Promise<string> {
  const answer = await call(target, 'POST', '/_connector/_sync_job', body)
  if (answer.status !== 201) throw new Error(`sync_job_post failed: ${answer.text}`)
  return answer.body.id as string
}

declare module 'vitest' {
  interface Matchers<R extends void | Promise<void> = void | Promise<void>, T = unknown> {
    /** The structured envelope: HTTP status = body status, type, reason (exact or matching), a
     *  non-empty root_cause, and the product header. */
    toBeEsError(status: number, type: string, reason?: string | RegExp): R
  }
}

expect.extend({
  toBeEsError(received: Answer, status: number, type: string, reason?: string | RegExp) {
    const error = received.body?.error
    const problems: string[] = []
    if (received.status !== status) problems.push(`HTTP status ${received.status}, expected ${status}`)
    if (received.body?.status !== received.status) problems.push(`body status ${received.body?.status} differs from HTTP status`)
    if (received.headers.get('x-elastic-product') !== 'Elasticsearch') problems.push('no X-elastic-product header')
    if (error?.type !== type) problems.push(`type ${error?.type}, expected ${type}`)
    if (!Array.isArray(error?.root_cause) || error.root_cause.length === 0) problems.push('no root_cause')
    const reasonText = typeof error?.reason === 'string' ? error.reason : ''
    if (typeof reason === 'string' && reasonText !== reason) problems.push(`reason ${JSON.stringify(reasonText)}, expected ${JSON.stringify(reason)}`)
    if (reason instanceof RegExp && !reason.test(reasonText)) problems.push(`reason ${JSON.stringify(reasonText)} does not match ${reason}`)
    return {
      pass: problems.length === 0,
      message: () => (problems.length === 0 ? `expected no ${type} error, got one` : `${problems.join('; ')}\n${received.text}`),
    }
  },
})

/** The innermost `caused_by` of an error body. */
export function innermostCause(body: Answer['body']): { type: string; reason: string } {
  let cause = body.error
  while (cause.caused_by) cause = cause.caused_by
  return cause
}
