// When the connector service thinks a stored Quartz schedule is due: elastic/connectors' `next_run`
// (seconds dropped, plain-number weekdays converted, `?` read as `*`) over bloomberg/tzcron's reading of
// each field — its quirks included — and the cases of the connectors' own `test_utils.py`.

import { describe, expect, it } from 'vitest'
import { readServiceSchedule, serviceNextRun, serviceRunsBetween } from '../../../server/emulator/service-cron.ts'

const at = (iso: string) => Date.parse(iso)
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())

function next(interval: string, from: string): string | undefined {
  const reading = readServiceSchedule(interval)
  if (reading.error !== undefined) throw new Error(reading.error)
  const run = serviceNextRun(reading.schedule, at(from))
  if (run.error !== undefined) throw new Error(run.error)
  return iso(run.at)
}

describe('the connector service’s next run of a Quartz schedule', () => {
  it('agrees with the connector service’s own tests', () => {
    expect(next('0 0,30 * * * ?', '2023-01-10T17:18:56.123Z')).toBe('2023-01-10T17:30:00.000Z')
    // Quartz day 4 is Wednesday; 2023-01-11 is one.
    expect(next('0 3 5 ? * 4', '2023-01-11T01:18:00.500Z')).toBe('2023-01-11T05:03:00.000Z')
  })

  it('takes the first whole minute at or after the start; a start inside second 0 with a fraction is after it', () => {
    expect(next('0 0 * * * ?', '2026-11-22T15:00:00.000Z')).toBe('2026-11-22T15:00:00.000Z')
    expect(next('0 0 * * * ?', '2026-11-22T15:00:00.250Z')).toBe('2026-11-22T16:00:00.000Z')
    expect(next('0 0 * * * ?', '2026-11-22T14:59:59.999Z')).toBe('2026-11-22T15:00:00.000Z')
  })

  it('ignores the seconds field: a schedule every five seconds fires once a minute', () => {
    const reading = readServiceSchedule('0/5 * * * * ?')
    expect(serviceRunsBetween(reading.schedule!, at('2026-11-22T15:00:00Z'), at('2026-11-22T15:09:59Z'))).toHaveLength(10)
    expect(next('30 15 10 * * ?', '2026-11-22T09:00:00Z')).toBe('2026-11-22T10:15:00.000Z')
  })

  it('reads tzcron’s way: `a/b` without a range is only `a`, `*/b` steps', () => {
    const quarterly = readServiceSchedule('0 0/15 * * * ?').schedule!
    expect(serviceRunsBetween(quarterly, at('2026-11-22T15:00:00Z'), at('2026-11-22T16:59:00Z')).map(iso)).toEqual(['2026-11-22T15:00:00.000Z', '2026-11-22T16:00:00.000Z'])
    const stepped = readServiceSchedule('0 */15 * * * ?').schedule!
    expect(serviceRunsBetween(stepped, at('2026-11-22T15:00:00Z'), at('2026-11-22T15:59:00Z'))).toHaveLength(4)
  })

  it('converts a plain-number weekday from Quartz to ISO, but not a range, while names are right', () => {
    // 2026-11-22 is a Sunday: Quartz 2 is Monday.
    expect(next('0 0 9 ? * 2', '2026-11-22T00:00:00Z')).toBe('2026-11-23T09:00:00.000Z')
    // Quartz 2-6 (Monday to Friday) is read as ISO 2-6: Tuesday to Saturday.
    const range = readServiceSchedule('0 0 9 ? * 2-6').schedule!
    const days = serviceRunsBetween(range, at('2026-11-22T00:00:00Z'), at('2026-11-28T23:59:00Z')).map((ms) => new Date(ms).getUTCDay())
    expect(days).toEqual([2, 3, 4, 5, 6])
    const named = readServiceSchedule('0 0 9 ? * MON-FRI').schedule!
    expect(serviceRunsBetween(named, at('2026-11-22T00:00:00Z'), at('2026-11-28T23:59:00Z')).map((ms) => new Date(ms).getUTCDay())).toEqual([1, 2, 3, 4, 5])
  })

  it('reads only the leading number of W and # items, and fails on L', () => {
    expect(next('0 0 12 15W * ?', '2026-11-22T00:00:00Z')).toBe('2026-12-15T12:00:00.000Z')
    expect(readServiceSchedule('0 0 12 L * ?')).toEqual({ error: 'Invalid expression: L' })
    expect(readServiceSchedule('0 0 12 ? * 6#3').schedule?.weekdays).toEqual([6])
  })

  it('turns a wrapping hour range into every hour (an empty set constrains nothing)', () => {
    const wrapped = readServiceSchedule('0 0 22-2 * * ?').schedule!
    expect(wrapped.hours).toBeNull()
    expect(serviceRunsBetween(wrapped, at('2026-11-22T10:00:00Z'), at('2026-11-22T12:00:00Z'))).toHaveLength(3)
  })

  it('reports what tzcron raises, as the scheduler writes it on the connector', () => {
    expect(readServiceSchedule('0 0 0 * * ? 2030-2031')).toEqual({ error: "invalid literal for int() with base 10: '2030-2031'" })
    const past = readServiceSchedule('0 0 0 * * ? 2020').schedule!
    expect(serviceNextRun(past, at('2026-11-22T00:00:00Z'))).toEqual({ error: 'Valid time already past' })
    const future = readServiceSchedule('0 0 0 1 JAN ? 2028').schedule!
    expect(iso(serviceNextRun(future, at('2026-11-22T00:00:00Z')).at)).toBe('2028-01-01T00:00:00.000Z')
    expect(readServiceSchedule('0 0 25 * * ?')).toEqual({ error: '25 produces items out of HourParser' })
    expect(readServiceSchedule('0 */0 * * * ?')).toEqual({ error: 'range() arg 3 must not be zero' })
  })

  it('finds nothing for a date that never comes', () => {
    const never = readServiceSchedule('0 0 0 30 2 ?').schedule!
    expect(serviceNextRun(never, at('2026-11-22T00:00:00Z'))).toEqual({})
  })
})
