// Pure formatting of counts, volumes and durations for dense operator tables.
//
// No Intl object is made while a page loads: the first one a page makes sets up ICU, 14 to 36 ms of
// the main thread in Chromium on this project's test machine, each kind (number, date, collation)
// more again. Counts are whole numbers, grouped here by hand; rates and dates make theirs on first use.

let compact: Intl.NumberFormat | undefined

/** "1,234,567": a count, grouped as en-US does. */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en-US')
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',')
  return value < 0 ? `-${digits}` : digits
}

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * "0s", "45s", "3m 12s", "2h 05m", "3d 4h 12m". Days are spelled out so a sync running for 26 hours
 * reads "1d 2h 00m", never a wrapped "2h" (Kibana's #184110).
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—'
  const total = Math.floor(ms / SECOND)
  const days = Math.floor(total / 86_400)
  const hours = Math.floor((total % 86_400) / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  if (days > 0) return `${days}d ${hours}h ${pad(minutes)}m`
  if (hours > 0) return `${hours}h ${pad(minutes)}m`
  if (minutes > 0) return `${minutes}m ${pad(seconds)}s`
  return `${seconds}s`
}

/** A short age in words for flags: "45 s", "2 min", "3 h", "2 days". */
export function formatAge(ms: number): string {
  if (ms < MINUTE) return `${Math.max(0, Math.floor(ms / SECOND))} s`
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`
  const days = Math.floor(ms / DAY)
  return `${days} ${days === 1 ? 'day' : 'days'}`
}

const pad = (n: number) => String(n).padStart(2, '0')

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—'
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${value.toFixed(digits)} ${BYTE_UNITS[unit]}`
}

/** `indexed_document_volume` is reported by the connector service in MiB. */
export const MIB = 1024 * 1024

export function formatVolumeMiB(mib: number): string {
  return formatBytes(mib * MIB)
}

/** "12.5/s" style rates. */
export function formatRate(perSecond: number): string {
  compact ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
  return `${compact.format(perSecond)}/s`
}
