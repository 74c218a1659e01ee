// Fault injection: refused requests look exactly like an unavailable or overloaded Elasticsearch and
// never reach the routes; without faults every request passes through untouched.

import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { faultInjection, type FaultOptions } from '../../../server/emulator/faults.ts'

function appWith(options: FaultOptions) {
  const reached = vi.fn<() => void>()
  const app = new Hono()
  app.use('*', faultInjection(options))
  app.all('*', (c) => {
    reached()
    return c.json({ count: 0, results: [] })
  })
  return { app, reached }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('faultInjection', () => {
  it('passes every request through when no fault is configured', async () => {
    const { app, reached } = appWith({ failRate: 0, random: () => 0 })
    const response = await app.request('/_connector/_sync_job')
    expect(response.status).toBe(200)
    expect(reached).toHaveBeenCalledOnce()
  })

  it('answers a read with a 503 search failure when the draw falls in the first half of the rate', async () => {
    const { app, reached } = appWith({ failRate: 1, random: () => 0.2 })
    const response = await app.request('/_connector/_sync_job?status=error')
    expect(response.status).toBe(503)
    expect(response.headers.get('x-elastic-product')).toBe('Elasticsearch')
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(await response.json()).toEqual({
      error: { root_cause: [], type: 'search_phase_execution_exception', reason: 'all shards failed', phase: 'query', grouped: true, failed_shards: [] },
      status: 503,
    })
    expect(reached).not.toHaveBeenCalled()
  })

  it('answers a write with a 503 unavailable primary shard', async () => {
    const { app } = appWith({ failRate: 1, random: () => 0.2 })
    const response = await app.request('/_connector/_sync_job/abc/_cancel', { method: 'PUT' })
    const body = await response.json()
    expect(response.status).toBe(503)
    expect(body.status).toBe(503)
    expect(body.error.type).toBe('unavailable_shards_exception')
    expect(body.error.root_cause[0].type).toBe('unavailable_shards_exception')
    expect(body.error.reason).toMatch(/primary shard is not active Timeout: \[1m\]/)
  })

  it('answers with a 429 rejected execution when the draw falls in the second half of the rate', async () => {
    const { app, reached } = appWith({ failRate: 1, random: () => 0.7 })
    const response = await app.request('/_connector/_sync_job')
    const body = await response.json()
    expect(response.status).toBe(429)
    expect(response.headers.get('x-elastic-product')).toBe('Elasticsearch')
    expect(body.status).toBe(429)
    expect(body.error.type).toBe('es_rejected_execution_exception')
    expect(body.error.root_cause).toEqual([{ type: 'es_rejected_execution_exception', reason: body.error.reason }])
    expect(body.error.reason).toMatch(/^rejected execution of .* on EsThreadPoolExecutor\[name = .*\/search, queue capacity = 1000/)
    expect(reached).not.toHaveBeenCalled()
  })

  it('fails only the configured fraction of requests', async () => {
    const rolls = [0.01, 0.5, 0.09, 0.95]
    const { app, reached } = appWith({ failRate: 0.1, random: () => rolls.shift()! })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/')).status)
    expect(statuses).toEqual([503, 200, 429, 200])
    expect(reached).toHaveBeenCalledTimes(2)
  })

  it('delays each request by the configured latency before answering', async () => {
    vi.useFakeTimers()
    const { app, reached } = appWith({ latencyMs: 250 })
    const pending = app.request('/_connector/_sync_job')
    await vi.advanceTimersByTimeAsync(249)
    expect(reached).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect((await pending).status).toBe(200)
    expect(reached).toHaveBeenCalledOnce()
  })
})
