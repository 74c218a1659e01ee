// Duration, count and volume formatting, including durations past 24 hours (Kibana's #184110).
import { describe, expect, it } from 'vitest'
import { formatAge, formatCount, formatDuration, formatVolumeMiB } from '../../../src/lib/format.ts'

const S = 1000
const M = 60 * S
const H = 60 * M
const D = 24 * H

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [999, '0s'],
    [45 * S, '45s'],
    [59 * S + 999, '59s'],
    [60 * S, '1m 00s'],
    [3 * M + 12 * S, '3m 12s'],
    [H - 1, '59m 59s'],
    [H, '1h 00m'],
    [2 * H + 5 * M + 30 * S, '2h 05m'],
    [D - 1, '23h 59m'],
    [D, '1d 0h 00m'],
    [26 * H, '1d 2h 00m'],
    [3 * D + 4 * H + 12 * M, '3d 4h 12m'],
    [400 * D, '400d 0h 00m'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  it('shows a dash for negative or impossible durations (clock skew, bad data)', () => {
    expect(formatDuration(-1)).toBe('—')
    expect(formatDuration(Number.NaN)).toBe('—')
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('—')
  })
})

describe('formatAge', () => {
  it.each([
    [0, '0 s'],
    [59 * S, '59 s'],
    [2 * M + 5 * S, '2 min'],
    [3 * H, '3 h'],
    [D, '1 day'],
    [2 * D, '2 days'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatAge(ms)).toBe(text)
  })
})

describe('counts and volume', () => {
  it('groups thousands', () => {
    expect(formatCount(1234567)).toBe('1,234,567')
  })

  it('groups every whole number as en-US Intl does, without making an Intl object', () => {
    const intl = new Intl.NumberFormat('en-US')
    for (const value of [0, 7, 999, 1000, 10_000, 999_999, 1_000_000, -1, -1234, -1_000_000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]) {
      expect(formatCount(value)).toBe(intl.format(value))
    }
    // Beyond whole safe numbers it hands over to Intl rather than print an exponent or drop a fraction.
    expect(formatCount(1e21)).toBe(intl.format(1e21))
    expect(formatCount(1234.5)).toBe(intl.format(1234.5))
  })

  it('reads indexed_document_volume as MiB', () => {
    expect(formatVolumeMiB(0)).toBe('0 B')
    expect(formatVolumeMiB(1)).toBe('1.0 MiB')
    expect(formatVolumeMiB(0.5)).toBe('512 KiB')
    expect(formatVolumeMiB(2048)).toBe('2.0 GiB')
  })
})
