// The polling budget's policy at its boundaries: the pace for what is on screen, the doubling per
// failure and its cap, the floor of four times the last request's duration, and what a pace costs.
import { describe, expect, it } from 'vitest'
import { MAX_BACKOFF_MS, nextPollInterval, requestsPerMinute, SETTLE_AFTER, SLOW_FACTOR } from '../../../src/lib/polling-policy.ts'

const pace = { activeMs: 5_000, idleMs: 20_000 }
const well = { active: false, lastDurationMs: undefined, failures: 0 }

describe('nextPollInterval', () => {
  it('takes the active pace while something on screen moves and the idle pace otherwise', () => {
    expect(nextPollInterval(pace, { ...well, active: true })).toBe(5_000)
    expect(nextPollInterval(pace, well)).toBe(20_000)
  })

  it('paces what may move as idle once SETTLE_AFTER refreshes in a row brought nothing new', () => {
    expect(SETTLE_AFTER).toBe(3)
    expect(nextPollInterval(pace, { ...well, active: true, unchanged: 2 })).toBe(5_000)
    expect(nextPollInterval(pace, { ...well, active: true, unchanged: 3 })).toBe(20_000)
    expect(nextPollInterval(pace, { ...well, active: true, unchanged: 0 })).toBe(5_000)
  })

  it('keeps the pace while requests take under a quarter of it, and waits four times the duration beyond', () => {
    expect(nextPollInterval(pace, { ...well, active: true, lastDurationMs: 1_250 })).toBe(5_000)
    expect(nextPollInterval(pace, { ...well, active: true, lastDurationMs: 1_251 })).toBe(SLOW_FACTOR * 1_251)
    expect(nextPollInterval(pace, { ...well, lastDurationMs: 30_000 })).toBe(120_000)
    // Even past the backoff cap: a request that took two minutes is not repeated within eight.
    expect(nextPollInterval(pace, { ...well, lastDurationMs: 120_000, failures: 9 })).toBe(480_000)
  })

  it('never asks sooner than four times the last duration, whatever the state', () => {
    for (const active of [true, false]) {
      for (const failures of [0, 1, 3, 20]) {
        for (const lastDurationMs of [0, 10, 999, 4_000, 61_000, 500_000]) {
          expect(nextPollInterval(pace, { active, failures, lastDurationMs })).toBeGreaterThanOrEqual(SLOW_FACTOR * lastDurationMs)
        }
      }
    }
  })

  it('doubles the wait for each failure in a row, up to five minutes', () => {
    const waits = [0, 1, 2, 3, 4, 5, 6, 50].map((failures) => nextPollInterval(pace, { ...well, active: true, failures }))
    expect(waits).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS])
  })

  it('never backs off below the pace when the pace itself is longer than the cap', () => {
    expect(nextPollInterval({ activeMs: 600_000, idleMs: 600_000 }, { ...well, failures: 3 })).toBe(600_000)
  })

  it('treats a negative duration (a clock step) as none', () => {
    expect(nextPollInterval(pace, { ...well, lastDurationMs: -5_000 })).toBe(20_000)
  })
})

describe('requestsPerMinute', () => {
  it('counts what a pace costs', () => {
    expect(requestsPerMinute(5_000)).toBe(12)
    expect(requestsPerMinute(60_000, 8)).toBe(8)
  })
})
