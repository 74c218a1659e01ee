// The rows drawn a slice per task: the first screenful at once, then the rest in slices on later
// tasks, and never fewer than were drawn (a refresh or a shorter page draws at once, and a row under
// focus is never taken away).
import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FIRST_ROWS, ROWS_PER_SLICE, useRenderedCount } from '../../../src/hooks/use-rendered-count.ts'

describe('useRenderedCount', () => {
  it('draws the first rows at once and the rest a slice per task', async () => {
    const seen: number[] = []
    const { result } = renderHook(() => {
      const count = useRenderedCount(50)
      seen.push(count)
      return count
    })
    expect(seen[0]).toBe(FIRST_ROWS)
    await waitFor(() => expect(result.current).toBe(50))
    const distinct = [...new Set(seen)]
    // Each step adds one slice (the last one what remains), in order.
    for (const [index, count] of distinct.entries()) expect(count).toBe(Math.min(50, FIRST_ROWS + index * ROWS_PER_SLICE))
  })

  it('draws a list shorter than the first screenful whole', () => {
    const { result } = renderHook(() => useRenderedCount(5))
    expect(result.current).toBe(5)
  })

  it('keeps what it drew: a list that shrinks and grows back is drawn whole at once', async () => {
    const { result, rerender } = renderHook(({ total }) => useRenderedCount(total), { initialProps: { total: 30 } })
    await waitFor(() => expect(result.current).toBe(30))
    rerender({ total: 3 })
    expect(result.current).toBe(3)
    rerender({ total: 30 })
    expect(result.current).toBe(30)
  })
})
