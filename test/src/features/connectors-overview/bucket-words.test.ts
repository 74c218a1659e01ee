import { describe, expect, it } from 'vitest'
import { bucketLabel, tickLabel } from '../../../../src/features/connectors-overview/bucket-words.ts'

// Local times, as the chart's buckets are: the labels read the viewer's clock, not UTC.
const at = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month, day, hour, minute).getTime()

describe('bucket words', () => {
  it('names an hour bucket by its local start and end, on a 24-hour clock', () => {
    expect(bucketLabel({ start: at(5, 1, 14), end: at(5, 1, 15) }, '24h')).toBe('14:00–15:00')
    expect(bucketLabel({ start: at(5, 1, 23), end: at(5, 2, 0) }, '24h')).toBe('23:00–00:00')
    expect(tickLabel(at(5, 1, 9, 30), '24h')).toBe('09:30')
  })

  it('names a day bucket by weekday, date and month; its tick leaves out the month', () => {
    expect(bucketLabel({ start: at(5, 1, 0), end: at(5, 2, 0) }, '7d')).toBe('Mon 1 Jun')
    expect(bucketLabel({ start: at(11, 27, 0), end: at(11, 28, 0) }, '7d')).toBe('Sun 27 Dec')
    expect(tickLabel(at(0, 1, 0), '7d')).toBe('Thu 1')
  })
})
