// Round tick values and short labels for a duration axis: 0, 15m, 30m, 45m rather than the
// 33m 20s a plain linear scale picks from milliseconds.
const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const STEPS = [1, 2, 5, 10, 15, 30].map((n) => n * SECOND).concat(
  [1, 2, 5, 10, 15, 30].map((n) => n * MINUTE),
  [1, 2, 3, 6, 12].map((n) => n * HOUR),
  [1, 2, 7].map((n) => n * DAY),
)

/** Ticks from 0 to at least `max` on a round step, at most about `count` + 1 of them. */
export function durationTicks(max: number, count = 4): number[] {
  const step = STEPS.find((candidate) => max / candidate <= count) ?? Math.ceil(max / count / DAY) * DAY
  const top = Math.max(step, Math.ceil(max / step) * step)
  const ticks: number[] = []
  for (let value = 0; value <= top; value += step) ticks.push(value)
  return ticks
}

/** "0", "45s", "15m", "1h 30m", "2d". */
export function shortDuration(ms: number): string {
  if (ms === 0) return '0'
  const days = Math.floor(ms / DAY)
  const hours = Math.floor((ms % DAY) / HOUR)
  const minutes = Math.floor((ms % HOUR) / MINUTE)
  const seconds = Math.round((ms % MINUTE) / SECOND)
  const parts = [days ? `${days}d` : '', hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''].filter(Boolean)
  return parts.slice(0, 2).join(' ')
}
