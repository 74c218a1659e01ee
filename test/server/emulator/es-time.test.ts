// Elasticsearch's date printing (strict_date_optional_time_nanos, UTC) and the
// strict_date_optional_time||epoch_millis parser used for `_stats.last_seen`.

import { describe, expect, it } from 'vitest'
import { formatInstant, formatMicros, parseInstant, timestampKey } from '../../../server/emulator/es-time.ts'

const reprint = (text: string) => {
  const instant = parseInstant(text)
  return instant && formatInstant(instant)
}

describe('es-time', () => {
  it('prints epoch microseconds with six fraction digits', () => {
    expect(formatMicros(Date.UTC(2024, 5, 1, 10, 11, 12, 345) * 1000 + 678)).toBe('2024-06-01T10:11:12.345678Z')
    expect(formatMicros(Date.UTC(2024, 5, 1) * 1000 + 7)).toBe('2024-06-01T00:00:00.000007Z')
  })

  it.each([
    ['2023-12-04T08:45:50.567149Z', '2023-12-04T08:45:50.567149Z'],
    ['2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z'],
    ['2024-01-01T00:00:00.1Z', '2024-01-01T00:00:00.100Z'],
    ['2024-01-01T00:00:00.123456789Z', '2024-01-01T00:00:00.123456789Z'],
    ['2024-01-01T00:00:00.120000Z', '2024-01-01T00:00:00.120Z'],
    ['2024-01-01', '2024-01-01T00:00:00.000Z'],
    ['2024-01-01T02:30', '2024-01-01T02:30:00.000Z'],
    ['2024-01-01T02:00:00+02:00', '2024-01-01T00:00:00.000Z'],
    ['2023-12-31T23:00:00-0130', '2024-01-01T00:30:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
    ['0050-06-01T00:00:00Z', '0050-06-01T00:00:00.000Z'],
    ['1700000000000', '2023-11-14T22:13:20.000Z'],
    ['1700000000000.5', '2023-11-14T22:13:20.0005Z'],
  ])('re-prints %s as %s', (input, printed) => {
    expect(reprint(input)).toBe(printed)
  })

  it.each(['yesterday', '2023-02-29T00:00:00Z', '2024-13-01', '2024-01-01T24:00:00Z', '2024-01-01T00:60', '2024-1-1', '2024-01-01T00:00:00+19:00', ''])(
    'refuses %j',
    (input) => {
      expect(parseInstant(input)).toBeUndefined()
    },
  )

  it('orders timestamps by their instant, whatever their precision or zone', () => {
    const keys = ['2024-01-01T00:00:00.000001Z', '2024-01-01T00:00:00.00001Z', '2024-01-01T01:00:00.000100+01:00'].map(timestampKey)
    expect(keys).toEqual([keys[0], keys[0]! + 9, keys[0]! + 99])
    expect(timestampKey('2024-06-01T10:11:12.345678Z')).toBe(Date.UTC(2024, 5, 1, 10, 11, 12, 345) * 1000 + 678)
    expect(timestampKey('2024-02-30T00:00:00.000000Z')).toBeNaN()
    expect(timestampKey('2024-01-01T00:00:00.00000xZ')).toBeNaN()
    expect(timestampKey('not a date')).toBeNaN()
    expect(timestampKey(undefined)).toBeNaN()
  })
})
