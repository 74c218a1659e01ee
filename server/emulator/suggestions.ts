// "Did you mean" candidates the way Elasticsearch picks them: Lucene's LevenshteinDistance similarity
// (1 - edits / longer length, over code points) above 0.5, best first, ties by name.

export function suggestionsFor(input: string, candidates: Iterable<string>): string[] {
  const scored: { similarity: number; candidate: string }[] = []
  for (const candidate of new Set(candidates)) {
    const similarity = levenshteinSimilarity(input, candidate)
    if (similarity > 0.5) scored.push({ similarity, candidate })
  }
  scored.sort((a, b) => b.similarity - a.similarity || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
  return scored.map((entry) => entry.candidate)
}

export function levenshteinSimilarity(target: string, other: string): number {
  const a = Array.from(target)
  const b = Array.from(other)
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0
  let previous = Array.from({ length: a.length + 1 }, (_, index) => index)
  for (let j = 1; j <= b.length; j++) {
    const current = [j]
    for (let i = 1; i <= a.length; i++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[i] = Math.min((current[i - 1] ?? 0) + 1, (previous[i] ?? 0) + 1, (previous[i - 1] ?? 0) + cost)
    }
    previous = current
  }
  return 1 - (previous[a.length] ?? 0) / Math.max(a.length, b.length)
}
