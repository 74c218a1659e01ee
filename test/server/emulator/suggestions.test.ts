// "Did you mean": Lucene's Levenshtein similarity and Elasticsearch's choice and order of candidates.

import { describe, expect, it } from 'vitest'
import { levenshteinSimilarity, suggestionsFor } from '../../../server/emulator/suggestions.ts'

describe('suggestions', () => {
  it('scores 1 - edits / longer length, over code points', () => {
    expect(levenshteinSimilarity('sise', 'size')).toBe(0.75)
    expect(levenshteinSimilarity('size', 'size')).toBe(1)
    expect(levenshteinSimilarity('', '')).toBe(1)
    expect(levenshteinSimilarity('a', '')).toBe(0)
    expect(levenshteinSimilarity('😀a', '😀b')).toBe(0.5)
    expect(levenshteinSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7)
  })

  it('keeps candidates strictly above 0.5, best first, ties by name', () => {
    expect(suggestionsFor('fromat', ['from', 'format', 'size'])).toEqual(['format', 'from'])
    expect(suggestionsFor('formt', ['from', 'format'])).toEqual(['format'])
    // from: 2 edits of 4 = exactly 0.5, which is not enough.
    expect(suggestionsFor('fomr', ['from'])).toEqual([])
    expect(suggestionsFor('zzz', ['from', 'size'])).toEqual([])
  })
})
