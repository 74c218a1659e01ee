// useNowAs: a reader of the shared clock re-renders when what it reads changes, not on every tick.
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useNow, useNowAs } from '../../../src/hooks/use-now.ts'
import { formatRelative } from '../../../src/lib/time.ts'

const START = Date.parse('2026-03-04T05:06:00Z')

function EveryTick({ renders }: { renders: number[] }) {
  const now = useNow(1000)
  renders.push(now)
  return <span data-testid="ticks">{now}</span>
}

function Minutes({ renders }: { renders: number[] }) {
  const text = useNowAs((now) => formatRelative(START - 60_000, now))
  renders.push(1)
  return <span data-testid="minutes">{text}</span>
}

/** A new array on every read, the same words until the minute turns. */
function MinuteList({ renders }: { renders: unknown[] }) {
  const words = useNowAs((now) => [formatRelative(START - 60_000, now)], { same: (a, b) => a[0] === b[0] })
  renders.push(words)
  return <span data-testid="list">{words[0]}</span>
}

describe('useNowAs', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: START })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('renders again when its words change, where useNow renders on every tick', () => {
    const minutes: number[] = []
    const ticks: number[] = []
    render(
      <>
        <Minutes renders={minutes} />
        <EveryTick renders={ticks} />
      </>,
    )
    expect(screen.getByTestId('minutes').textContent).toBe('1 min ago')
    const [minutesBefore, ticksBefore] = [minutes.length, ticks.length]

    // One act per second: an act draws what it changed once, however many ticks it held.
    for (let second = 0; second < 30; second += 1) act(() => vi.advanceTimersByTime(1000))
    expect(ticks.length - ticksBefore).toBe(30)
    expect(minutes.length).toBe(minutesBefore)
    expect(screen.getByTestId('minutes').textContent).toBe('1 min ago')

    for (let second = 0; second < 30; second += 1) act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByTestId('minutes').textContent).toBe('2 min ago')
    expect(minutes.length).toBe(minutesBefore + 1)
  })

  it('keeps the last value while `same` finds the new one equal', () => {
    const renders: unknown[] = []
    render(<MinuteList renders={renders} />)
    const first = renders.length
    for (let second = 0; second < 59; second += 1) act(() => vi.advanceTimersByTime(1000))
    expect(renders.length).toBe(first)
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByTestId('list').textContent).toBe('2 min ago')
    expect(renders.length).toBe(first + 1)
  })
})
