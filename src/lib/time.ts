// Timestamps as Elasticsearch writes them (ISO UTC, 3 to 9 fraction digits) → epoch ms, and the
// absolute forms shown on hover: local time and UTC.

/** Epoch ms of an Elasticsearch timestamp; undefined when absent or unparsable. */
export function parseTimestamp(value: string | undefined): number | undefined {
  if (!value) return undefined
  // Date.parse handles up to millisecond precision portably; trim extra fraction digits first.
  const trimmed = value.replace(/(\.\d{3})\d+/, '$1')
  const ms = Date.parse(trimmed)
  return Number.isNaN(ms) ? undefined : ms
}

const localFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
})

export function formatLocal(ms: number): string {
  return localFormat.format(ms)
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
