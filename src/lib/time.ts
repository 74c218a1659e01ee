// Timestamps as Elasticsearch writes them (ISO UTC, 3 to 9 fraction digits) → epoch ms, and the
// absolute forms shown on hover: local time and UTC.

/**
 * Parsed timestamps by their text, oldest first. The same few thousand timestamps are read again on every
 * render and in sort comparators, and Date.parse of a fractional ISO string costs about a microsecond:
 * it was 43 % of the overview's health work (a CPU profile of `fleetHealth` over the emulator's seed).
 * Bounded: past the limit the oldest entry goes.
 */
const parsed = new Map<string, number | undefined>()
const PARSED_LIMIT = 20_000

/** Epoch ms of an Elasticsearch timestamp; undefined when absent or unparsable. */
export function parseTimestamp(value: string | undefined): number | undefined {
  if (!value) return undefined
  if (parsed.has(value)) return parsed.get(value)
  // Date.parse handles up to millisecond precision portably; trim extra fraction digits first.
  const ms = Date.parse(value.replace(/(\.\d{3})\d+/, '$1'))
  const result = Number.isNaN(ms) ? undefined : ms
  if (parsed.size >= PARSED_LIMIT) parsed.delete(parsed.keys().next().value!)
  parsed.set(value, result)
  return result
}

// Local dates in words, by hand in the page's English, as the rest of its text is. The first Intl
// date format a page makes sets up ICU: 17 to 36 ms of the main thread in Chromium here (lib/format.ts),
// and the job page's timeline shows a local time for every event as it loads.
export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
export const twoDigits = (value: number) => String(value).padStart(2, '0')

/** The local zone as an offset from UTC at that date: "UTC", "UTC+1", "UTC-3:30". */
export function utcOffsetText(date: Date): string {
  const ahead = -date.getTimezoneOffset()
  if (ahead === 0) return 'UTC'
  const minutes = Math.abs(ahead)
  return `UTC${ahead > 0 ? '+' : '-'}${Math.floor(minutes / 60)}${minutes % 60 ? `:${twoDigits(minutes % 60)}` : ''}`
}

/** "14:05": local time on a 24-hour clock. */
export function clockText(ms: number): string {
  const date = new Date(ms)
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`
}

/** "6 Nov, 14:05": the local day and time. */
export function dayClockText(ms: number): string {
  const date = new Date(ms)
  return `${date.getDate()} ${MONTHS[date.getMonth()]}, ${clockText(ms)}`
}

/** "26 Nov 2026, 18:38:01 UTC+1": local time on a 24-hour clock, with the zone's offset. */
export function formatLocal(ms: number): string {
  const date = new Date(ms)
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:${twoDigits(date.getSeconds())}`
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${time} ${utcOffsetText(date)}`
}

export function formatUtc(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')
}

/** "3 min ago", "in 2 min", "just now" — relative to `now`. */
export function formatRelative(ms: number, now: number): string {
  const diff = now - ms
  const abs = Math.abs(diff)
  if (abs < 5_000) return 'just now'
  const suffix = diff >= 0 ? ' ago' : ''
  const prefix = diff >= 0 ? '' : 'in '
  let text: string
  if (abs < 60_000) text = `${Math.floor(abs / 1000)} s`
  else if (abs < 3_600_000) text = `${Math.floor(abs / 60_000)} min`
  else if (abs < 86_400_000) text = `${Math.floor(abs / 3_600_000)} h`
  else {
    const days = Math.floor(abs / 86_400_000)
    text = days < 60 ? `${days} ${days === 1 ? 'day' : 'days'}` : `${Math.floor(days / 30)} months`
  }
  return `${prefix}${text}${suffix}`
}
