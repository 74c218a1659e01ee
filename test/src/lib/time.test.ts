import { describe, expect, it } from 'vitest'
import { clockText, dayClockText, formatLocal, formatUtc, utcOffsetText } from '../../../src/lib/time.ts'

/** A date whose zone is `minutesAhead` of UTC (getTimezoneOffset counts the other way). */
const zoned = (minutesAhead: number) => ({ getTimezoneOffset: () => -minutesAhead }) as Date

describe('local time in words', () => {
  it('writes the date, a 24-hour clock and the zone, from the viewer’s clock', () => {
    const ms = new Date(2026, 10, 26, 8, 5, 9).getTime()
    expect(formatLocal(ms)).toBe(`26 Nov 2026, 08:05:09 ${utcOffsetText(new Date(ms))}`)
    expect(formatLocal(new Date(2027, 0, 1, 23, 59, 0).getTime())).toMatch(/^1 Jan 2027, 23:59:00 UTC/)
  })

  it('writes a clock time and a day with its time, as en-GB Intl formats did', () => {
    expect(clockText(new Date(2026, 10, 6, 0, 5).getTime())).toBe('00:05')
    expect(clockText(new Date(2026, 10, 6, 23, 59).getTime())).toBe('23:59')
    expect(dayClockText(new Date(2026, 10, 6, 4, 5).getTime())).toBe('6 Nov, 04:05')
  })

  it('names the zone by its offset from UTC, with minutes only when it has them', () => {
    expect(utcOffsetText(zoned(0))).toBe('UTC')
    expect(utcOffsetText(zoned(60))).toBe('UTC+1')
    expect(utcOffsetText(zoned(330))).toBe('UTC+5:30')
    expect(utcOffsetText(zoned(-210))).toBe('UTC-3:30')
    expect(utcOffsetText(zoned(-600))).toBe('UTC-10')
  })

  it('reads the viewer’s zone: the same instant in Kolkata and on UTC', () => {
    const ms = Date.UTC(2026, 10, 26, 18, 38, 1)
    const zone = process.env.TZ
    try {
      // Node reads TZ again when it is set.
      process.env.TZ = 'Asia/Kolkata'
      expect(formatLocal(ms)).toBe('27 Nov 2026, 00:08:01 UTC+5:30')
      process.env.TZ = 'UTC'
      expect(formatLocal(ms)).toBe('26 Nov 2026, 18:38:01 UTC')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
    expect(formatUtc(ms)).toBe('2026-11-26 18:38:01 UTC')
  })
})
