// The bulk runner: never more than `concurrency` requests in flight, Stop lets what is in flight
// finish and starts nothing more, a retry re-runs only what failed or was not started, and no item is
// ever applied twice — the runner's whole promise, checked with requests whose settling the test holds.
import { describe, expect, it } from 'vitest'
import { createBulkRun, type BulkOutcome } from '../../../src/lib/bulk-runner.ts'

/** A perform whose every call waits until the test settles it; records calls per key. */
function heldPerform() {
  const calls: string[] = []
  const waiting = new Map<string, (outcome: BulkOutcome) => void>()
  let inFlight = 0
  let maxInFlight = 0
  const perform = (_input: string, key: string) => {
    calls.push(key)
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    return new Promise<BulkOutcome>((resolve) => {
      waiting.set(key, (outcome) => {
        inFlight -= 1
        waiting.delete(key)
        resolve(outcome)
      })
    })
  }
  const settle = async (key: string, outcome: BulkOutcome = { kind: 'done' }) => {
    const resolve = waiting.get(key)
    if (!resolve) throw new Error(`${key} is not in flight (in flight: ${[...waiting.keys()].join(', ')})`)
    resolve(outcome)
    // Let the runner pick the next item.
    await new Promise((next) => setTimeout(next, 0))
  }
  return { perform, calls, waiting, settle, maxInFlight: () => maxInFlight }
}

const items = (count: number) => Array.from({ length: count }, (_, index) => ({ key: `j${index}`, input: `j${index}` }))
const tick = () => new Promise((next) => setTimeout(next, 0))

describe('createBulkRun', () => {
  it('keeps at most `concurrency` requests in flight and runs every item once', async () => {
    const held = heldPerform()
    const run = createBulkRun({ items: items(10), perform: held.perform, concurrency: 4 })
    run.start()
    await tick()
    expect([...held.waiting.keys()]).toEqual(['j0', 'j1', 'j2', 'j3'])
    while (held.waiting.size > 0) await held.settle([...held.waiting.keys()][0] as string)
    await run.whenIdle()
    expect(held.maxInFlight()).toBe(4)
    expect(held.calls).toEqual(items(10).map((item) => item.key))
    expect(run.getSnapshot().counts).toMatchObject({ total: 10, done: 10, queued: 0, running: 0 })
    expect(run.getSnapshot().active).toBe(false)
  })

  it('stops: what is in flight finishes and is recorded, nothing else starts', async () => {
    const held = heldPerform()
    const run = createBulkRun({ items: items(10), perform: held.perform, concurrency: 3 })
    run.start()
    await tick()
    await held.settle('j0')
    run.stop()
    expect(run.getSnapshot().stopping).toBe(true)
    await held.settle('j1')
    await held.settle('j2', { kind: 'refused', reason: 'no' })
    await held.settle('j3')
    await run.whenIdle()
    expect(held.calls).toEqual(['j0', 'j1', 'j2', 'j3'])
    expect(run.getSnapshot().counts).toMatchObject({ done: 3, refused: 1, notStarted: 6 })
    // A second start after a stop does not resurrect the items marked not started.
    run.start()
    await tick()
    expect(held.calls).toHaveLength(4)
  })

  it('retries only what failed, was refused or was not started — never a done, skipped or not-found item', async () => {
    let attempt = 0
    const calls: string[] = []
    const outcomes: Record<string, BulkOutcome> = {
      j0: { kind: 'done' },
      j1: { kind: 'failed', reason: 'es_rejected_execution_exception' },
      j2: { kind: 'not-found', reason: 'gone' },
      j3: { kind: 'refused', reason: 'Invalid transition' },
      j4: { kind: 'skipped', reason: 'already pending' },
    }
    const run = createBulkRun({
      items: items(5),
      perform: async (_input, key) => {
        calls.push(key)
        attempt += 1
        return attempt > 5 ? { kind: 'done' } : (outcomes[key] as BulkOutcome)
      },
    })
    run.start()
    await run.whenIdle()
    expect(run.getSnapshot().retryable).toBe(2)
    expect(run.retryFailed()).toBe(2)
    await run.whenIdle()
    expect(calls).toEqual(['j0', 'j1', 'j2', 'j3', 'j4', 'j1', 'j3'])
    expect(run.getSnapshot().counts).toMatchObject({ done: 3, notFound: 1, skipped: 1, failed: 0, refused: 0 })
    expect(run.getSnapshot().items.find((item) => item.key === 'j1')?.state.attempts).toBe(2)
    // Nothing left to retry: a further retry sends nothing.
    expect(run.retryFailed()).toBe(0)
    expect(calls).toHaveLength(7)
  })

  it('never applies an item twice: a retry while it is in flight leaves it alone, and duplicate keys are one item', async () => {
    const held = heldPerform()
    const run = createBulkRun({ items: [...items(2), { key: 'j0', input: 'again' }], perform: held.perform, concurrency: 4 })
    run.start()
    run.start()
    await tick()
    expect(run.retryFailed()).toBe(0)
    run.start()
    await tick()
    expect(held.calls).toEqual(['j0', 'j1'])
    await held.settle('j0', { kind: 'failed', reason: 'timeout' })
    expect(run.retryFailed()).toBe(1)
    await tick()
    expect(held.calls).toEqual(['j0', 'j1', 'j0'])
    // j0's first attempt is over; only its second is in flight.
    await held.settle('j0')
    await held.settle('j1')
    await run.whenIdle()
    expect(run.getSnapshot().counts).toMatchObject({ total: 2, done: 2 })
  })

  it('records a perform that throws as failed, with its message', async () => {
    const run = createBulkRun({
      items: items(1),
      perform: () => Promise.reject(new Error('socket hang up')),
    })
    run.start()
    await run.whenIdle()
    const state = run.getSnapshot().items[0]?.state
    expect(state).toEqual({ phase: 'settled', attempts: 1, outcome: { kind: 'failed', reason: 'socket hang up' } })
  })
})
