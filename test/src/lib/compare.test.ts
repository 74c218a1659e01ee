import { describe, expect, it } from 'vitest'
import { compareCodeUnits, compareNames } from '../../../src/lib/compare.ts'

describe('compareCodeUnits', () => {
  it('orders by UTF-16 code unit, case first, whatever the locale says', () => {
    const ids = ['b', 'a', 'B', 'A', '_x', '-y', '9', 'ab', 'a']
    expect([...ids].sort(compareCodeUnits)).toEqual(['-y', '9', 'A', 'B', '_x', 'a', 'a', 'ab', 'b'])
  })

  it('is 0 only for equal strings, and antisymmetric', () => {
    expect(compareCodeUnits('ObZT2tWT', 'ObZT2tWT')).toBe(0)
    expect(compareCodeUnits('a', 'A')).toBe(1)
    expect(compareCodeUnits('A', 'a')).toBe(-1)
  })
})

describe('compareNames', () => {
  it('orders names case and accents aside, whatever the locale says', () => {
    const names = ['flow', 'Zürich sales', 'Élan', 'apple', 'Zeta', 'Öl', 'oak', 'Ärzte', 'Arzt']
    expect([...names].sort(compareNames)).toEqual(['apple', 'Arzt', 'Ärzte', 'Élan', 'flow', 'oak', 'Öl', 'Zeta', 'Zürich sales'])
  })

  it('is 0 for names that differ only in case and accents, so the caller’s next key decides', () => {
    expect(compareNames('Résumé', 'RESUME')).toBe(0)
    expect(compareNames('Café – Sales', 'cafe – sales')).toBe(0)
    expect(compareNames('a', 'b')).toBe(-1)
    expect(compareNames('b', 'A')).toBe(1)
  })
})
