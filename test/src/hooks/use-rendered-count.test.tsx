// The rows drawn a slice per task: the first screenful at once, then the rest in slices on later
// tasks, each as many rows as fit the slice budget at the time the last slice took per row; never
// fewer than were drawn (a refresh or a shorter page draws at once, and a row under focus is never
// taken away).
import { render, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FIRST_ROWS, MAX_SLICE, MIN_SLICE, SLICE_BUDGET_MS, sliceFor, useRenderedCount } from '../../../src/hooks/use-rendered-count.ts'

/** Keeps the main thread busy for `ms`: the cost of drawing a heavy row on a slow phone. */
function spin(ms: number) {
  const until = performance.now() + ms
  while (performance.now() < until) {
    // Busy.
  }
}

/** A row that takes `ms` of the main thread to render. */
function SlowRow({ ms }: { ms: number }) {
  spin(ms)
  return <li>row</li>
}

function SlowList({ total, ms, seen }: { total: number; ms: number; seen: number[] }) {
  const count = useRenderedCount(total, 2)
  seen.push(count)
  return (
    <ul>
      {Array.from({ length: count }, (_, index) => (
        <SlowRow key={index} ms={ms} />
      ))}
    </ul>
  )
}

/** The rows each later slice added. */
const slices = (seen: readonly number[]) => [...new Set(seen)].slice(1).map((count, index, rest) => count - (index === 0 ? seen[0]! : rest[index - 1]!))

describe('sliceFor', () => {
  it('fits the budget, within the bounds', () => {
    expect(sliceFor(SLICE_BUDGET_MS / 4)).toBe(4)
    expect(sliceFor(SLICE_BUDGET_MS * 3)).toBe(MIN_SLICE)
    expect(sliceFor(0)).toBe(MAX_SLICE)
    expect(sliceFor(0.0001)).toBe(MAX_SLICE)
    expect(sliceFor(undefined)).toBe(MIN_SLICE)
    expect(sliceFor(SLICE_BUDGET_MS * 3, 6)).toBe(6)
    expect(sliceFor(undefined, 6)).toBe(6)
  })
})

describe('useRenderedCount', () => {
  it('draws the first rows at once and the rest in growing counts, a slice per task', async () => {
    const seen: number[] = []
    const { result } = renderHook(() => {
      const count = useRenderedCount(200)
      seen.push(count)
      return count
    })
    expect(seen[0]).toBe(FIRST_ROWS)
    await waitFor(() => expect(result.current).toBe(200))
    const steps = slices(seen)
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(MIN_SLICE)
    expect(Math.max(...steps)).toBeLessThanOrEqual(MAX_SLICE)
  })

  it('draws slow rows a few at a time: as many as fit the budget', async () => {
    const seen: number[] = []
    const { container } = render(<SlowList total={12} ms={3} seen={seen} />)
    await waitFor(() => expect(container.querySelectorAll('li')).toHaveLength(12))
    expect(seen[0]).toBe(2)
    // The first later slice is one row (nothing is measured yet); at 3 ms or more a row, a slice of
    // 8 ms holds at most two.
    expect(Math.max(...slices(seen))).toBeLessThanOrEqual(Math.floor(SLICE_BUDGET_MS / 3))
    expect(seen.at(-1)).toBe(12)
  })

  it('draws even the first rows a task later when asked to: the list alone, then its first rows in one slice', async () => {
    const seen: number[] = []
    const { result } = renderHook(() => {
      const count = useRenderedCount(20, 3, 1, { firstLater: true })
      seen.push(count)
      return count
    })
    expect(seen[0]).toBe(0)
    await waitFor(() => expect(result.current).toBe(20))
    expect([...new Set(seen)][1]).toBe(3)
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
