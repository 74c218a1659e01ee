// Outcome buckets in words: a bucket's period ("14:00–15:00", "Mon 1 Jun"), its counts, and the
// whole chart's summary for screen readers. Local time: the buckets align to the viewer's hours/days.
import { formatCount } from '../../lib/format.ts'
import type { OutcomeBucket, OutcomeBuckets, OutcomePeriod } from '../../lib/outcome-buckets.ts'
import { clockText, MONTHS, WEEKDAYS } from '../../lib/time.ts'

// By hand, in the page's English, as lib/time.ts writes local dates (it says why). Local time.

/** "Mon 1", or "Mon 1 Jun" with the month. */
function dayText(ms: number, withMonth: boolean): string {
  const date = new Date(ms)
  const text = `${WEEKDAYS[date.getDay()]} ${date.getDate()}`
  return withMonth ? `${text} ${MONTHS[date.getMonth()]}` : text
}

export const PERIOD_LABELS: Record<OutcomePeriod, string> = { '24h': 'Last 24 hours', '7d': 'Last 7 days' }

export function bucketLabel(bucket: Pick<OutcomeBucket, 'start' | 'end'>, period: OutcomePeriod): string {
  return period === '24h' ? `${clockText(bucket.start)}–${clockText(bucket.end)}` : dayText(bucket.start, true)
}

/** The axis's short form: the hour, or the weekday and date. */
export function tickLabel(start: number, period: OutcomePeriod): string {
  return period === '24h' ? clockText(start) : dayText(start, false)
}

export function countsText(bucket: Pick<OutcomeBucket, 'completed' | 'failed' | 'canceled'>): string {
  return `${formatCount(bucket.completed)} completed, ${formatCount(bucket.failed)} failed, ${formatCount(bucket.canceled)} canceled`
}

export const bucketTotal = (bucket: Pick<OutcomeBucket, 'completed' | 'failed' | 'canceled'>) => bucket.completed + bucket.failed + bucket.canceled

export function chartSummary(buckets: OutcomeBuckets): string {
  const sum = (key: 'completed' | 'failed' | 'canceled') => buckets.buckets.reduce((total, bucket) => total + bucket[key], 0)
  const totals = { completed: sum('completed'), failed: sum('failed'), canceled: sum('canceled') }
  const worst = buckets.buckets.reduce<OutcomeBucket | undefined>((best, bucket) => (bucket.failed > (best?.failed ?? 0) ? bucket : best), undefined)
  const unit = buckets.period === '24h' ? 'hour' : 'day'
  const parts = [`${PERIOD_LABELS[buckets.period]}, per ${unit}: ${countsText(totals)}.`]
  if (worst) parts.push(`Most failures: ${bucketLabel(worst, buckets.period)} (${formatCount(worst.failed)}).`)
  if (buckets.capped) parts.push('Capped: older jobs are missing from the window, so the earliest bars count too few.')
  return parts.join(' ')
}
