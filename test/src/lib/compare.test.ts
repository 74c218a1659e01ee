import { describe, expect, it } from 'vitest'
import { compareCodeUnits } from '../../../src/lib/compare.ts'

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
