// Elasticsearch's date handling for the connector API: timestamps printed as
// `strict_date_optional_time_nanos` in UTC (3 to 9 fraction digits), and the
// `strict_date_optional_time||epoch_millis` parser used for `_stats.last_seen`.

const MICROS_PER_MS = 1000

const DAY_MS = 86_400_000
/** The `YYYY-MM-DDT` of the last day printed: a seed prints hundreds of thousands of stamps. */
let cachedDay = Number.NaN
let cachedDayPrefix = ''

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/** Prints epoch microseconds as `YYYY-MM-DDTHH:mm:ss.ffffffZ`, like `Instant.now()` in a real node. */
export function formatMicros(epochMicros: number): string {
  const ms = Math.floor(epochMicros / MICROS_PER_MS)
  const micros = epochMicros - ms * MICROS_PER_MS
  const day = Math.floor(ms / DAY_MS)
  if (day !== cachedDay) {
    const iso = new Date(ms).toISOString() // …ss.mmmZ, or ±YYYYYY-… outside years 0–9999
    if (iso.length !== 24) return `${iso.slice(0, -1)}${pad(micros, 3)}Z`
    cachedDay = day
    cachedDayPrefix = iso.slice(0, 11)
  }
  const withinDay = ms - day * DAY_MS
  const seconds = Math.floor(withinDay / 1000)
  return `${cachedDayPrefix}${pad(Math.floor(seconds / 3600), 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}:${pad(seconds % 60, 2)}.${pad(withinDay % 1000, 3)}${pad(micros, 3)}Z`
}

/** A sortable number for an Elasticsearch timestamp: epoch microseconds (NaN when unparsable). */
export function timestampKey(value: string | undefined): number {
  if (value === undefined) return Number.NaN
  const fast = canonicalMicros(value)
  if (fast !== undefined) return fast
  const parsed = parseInstant(value)
  return parsed ? parsed.epochSeconds * 1_000_000 + Math.floor(parsed.nanos / 1000) : Number.NaN
}

/** Fast path for what this emulator and its seed write (`YYYY-MM-DDTHH:mm:ss.ffffffZ`): a bulk load
 *  reads 100,000 of them, and digit arithmetic is several times faster than Date.parse. */
function canonicalMicros(value: string): number | undefined {
  if (value.length !== 27 || value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':') return undefined
  if (value[16] !== ':' || value[19] !== '.' || value[26] !== 'Z') return undefined
  const year = digits(value, 0, 4)
  const month = digits(value, 5, 7)
  const day = digits(value, 8, 10)
  const hour = digits(value, 11, 13)
  const minute = digits(value, 14, 16)
  const second = digits(value, 17, 19)
  const fraction = digits(value, 20, 26)
  // One NaN makes the sum NaN: a single check, no per-call array.
  if (Number.isNaN(year + month + day + hour + minute + second + fraction) || year < 100) return undefined
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined
  return Date.UTC(year, month - 1, day, hour, minute, second) * 1000 + fraction
}

function digits(text: string, from: number, to: number): number {
  let value = 0
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return Number.NaN
    value = value * 10 + digit
  }
  return value
}

interface Instant {
  epochSeconds: number
  nanos: number
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/
const EPOCH_MILLIS_PATTERN = /^-?\d{1,15}(?:\.\d{1,6})?$/

/** Parses `strict_date_optional_time||epoch_millis`; undefined when neither format matches. */
export function parseInstant(text: string): Instant | undefined {
  if (EPOCH_MILLIS_PATTERN.test(text)) {
    const millis = Number(text)
    const whole = Math.floor(millis)
    const nanos = Math.round((millis - whole) * 1e6)
    const epochSeconds = Math.floor(whole / 1000)
    return { epochSeconds, nanos: (whole - epochSeconds * 1000) * 1e6 + nanos }
  }
  const match = ISO_PATTERN.exec(text)
  if (!match) return undefined
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = match
  const y = Number(year)
  const mo = Number(month)
  const d = Number(day)
  const h = Number(hour)
  const mi = Number(minute)
  const s = Number(second)
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return undefined
  const offsetMinutes = parseOffset(zone)
  if (offsetMinutes === undefined) return undefined
  // setUTCFullYear, not Date.UTC: the latter maps years 0–99 to 1900–1999.
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi, s, 0)
  const epochMs = date.getTime() - offsetMinutes * 60_000
  return { epochSeconds: Math.floor(epochMs / 1000), nanos: Number(fraction.padEnd(9, '0')) }
}

/** Re-prints a parsed instant the way Elasticsearch serializes it (fraction trimmed to ≥ 3 digits). */
export function formatInstant(instant: Instant): string {
  // Years outside 0000–9999 print with a sign (+010000-…); Elasticsearch does the same.
  const iso = new Date(instant.epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, '')
  let fraction = String(instant.nanos).padStart(9, '0')
  while (fraction.length > 3 && fraction.endsWith('0')) fraction = fraction.slice(0, -1)
  return `${iso}.${fraction}Z`
}

function parseOffset(zone: string): number | undefined {
  if (zone === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const hhmm = zone.slice(1).replace(':', '')
  const hours = Number(hhmm.slice(0, 2))
  const minutes = hhmm.length > 2 ? Number(hhmm.slice(2)) : 0
  if (hours > 18 || minutes > 59) return undefined
  return sign * (hours * 60 + minutes)
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

/**
 * What the connector service writes into the indices directly (`iso_utc()` in elastic/connectors
 * `connectors_sdk/utils.py`: `datetime.now(timezone.utc).isoformat()`): `+00:00` instead of `Z`, six
 * fraction digits, and none at all when the microseconds are zero (a schedule's whole minute).
 */
export function formatServiceTime(epochMicros: number): string {
  const micros = Math.round(epochMicros)
  const seconds = new Date(Math.floor(micros / 1_000_000) * 1000).toISOString().slice(0, 19)
  const fraction = micros % 1_000_000
  return fraction === 0 ? `${seconds}+00:00` : `${seconds}.${String(fraction).padStart(6, '0')}+00:00`
}
