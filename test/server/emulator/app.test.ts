// createEmulator's composition: defaults, seeding, fault injection in front of the routes (with the
// product header on injected failures too), and the simulated worker's lifecycle.

import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEmulator } from '../../../server/emulator/app.ts'
import { call } from './support/rest.ts'

afterEach(() => {
  vi.useRealTimers()
})

/** The seeded job ids, newest first. */
const seededIds = async (seed: number) => {
  const emulator = createEmulator({ connectors: 4, jobs: 60, seed, now: () => Date.UTC(2025, 0, 1) })
  const listed = (await call(emulator, 'GET', '/_connector/_sync_job?size=100')).body
  expect(listed.count).toBe(60)
  expect((await call(emulator, 'GET', '/_connector')).body.count).toBe(4)
  return (listed.results as { id: string }[]).map((job) => job.id)
}

/** Whether a seeded emulator with this order lists an older job before a newer one. */
const listsOldestFirst = async (order: 'asc' | 'desc') => {
  const emulator = createEmulator({ connectors: 3, jobs: 30, seed: 5, order, now: () => Date.UTC(2025, 0, 1) })
  const [first, second] = (await call(emulator, 'GET', '/_connector/_sync_job?size=2')).body.results as { created_at: string }[]
  return first!.created_at < second!.created_at
}

describe('createEmulator', () => {
  it('starts empty by default', async () => {
    const emulator = createEmulator()
    expect((await call(emulator, 'GET', '/_connector/_sync_job')).body).toEqual({ count: 0, results: [] })
    expect((await call(emulator, 'GET', '/_connector')).body).toEqual({ count: 0, results: [] })
  })

  it('seeds connectors and jobs deterministically from the seed', async () => {
    expect(await seededIds(1)).toEqual(await seededIds(1))
    expect(await seededIds(1)).not.toEqual(await seededIds(2))
  })

  it('applies the list order option', async () => {
    expect(await listsOldestFirst('asc')).toBe(true)
    expect(await listsOldestFirst('desc')).toBe(false)
  })

  it('puts fault injection in front of the routes, keeping the product header', async () => {
    const emulator = createEmulator({ failRate: 1, random: () => 0.1 })
    for (const [method, path] of [
      ['GET', '/_connector/_sync_job'],
      ['PUT', '/_connector/_sync_job/x/_cancel'],
      ['GET', '/_nowhere'],
    ] as const) {
      const answer = await call(emulator, method, path)
      expect([429, 503]).toContain(answer.status)
      expect(answer.body.status).toBe(answer.status)
      expect(answer.headers.get('x-elastic-product')).toBe('Elasticsearch')
    }
    const healthy = createEmulator({ failRate: 0 })
    expect((await call(healthy, 'GET', '/_connector/_sync_job')).status).toBe(200)
  })

  it('runs the simulated worker only when asked, and stop() ends it', () => {
    vi.useFakeTimers()
    const idle = createEmulator({ connectors: 2, jobs: 5 })
    expect(vi.getTimerCount()).toBe(0)
    idle.stop()
    const busy = createEmulator({ connectors: 2, jobs: 5, worker: true })
    expect(vi.getTimerCount()).toBe(1)
    busy.stop()
    expect(vi.getTimerCount()).toBe(0)
  })
})
