// Sync outcomes over time for the connectors overview's bar chart: completed / failed / canceled per
// hour over the last 24 hours, or per day over the last 7, from the newest-first jobs window. A job
// counts in the bucket where it ended (completed_at, else canceled_at, else its last heartbeat —
// Elasticsearch's `_error` stamps no end). Each bucket keeps its job ids grouped by connector, so
// choosing a bar can list them. Elasticsearch lists at most `index.max_result_window` (10,000) jobs
// deep (RESULT_WINDOW), so when the window is full and its oldest job was created after the period
// began, older jobs are missing: `capped` says so, and `windowStart` says from when the window holds
// every job created.
import { RESULT_WINDOW } from '../../contract/es-connector-types.ts'
import { endedAt, type HealthJob } from './connector-health.ts'
import { parseTimestamp } from './time.ts'
import { compareCodeUnits } from './compare.ts'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

export type OutcomePeriod = '24h' | '7d'
export const OUTCOME_PERIODS: Record<OutcomePeriod, { bucketMs: number; buckets: number }> = {
  '24h': { bucketMs: HOUR_MS, buckets: 24 },
  '7d': { bucketMs: DAY_MS, buckets: 7 },
}

export type BucketJob = Pick<HealthJob, 'id' | 'status' | 'created_at' | 'completed_at' | 'canceled_at' | 'last_seen'> & { connector: { id: string } }

export interface BucketConnector {
  connectorId: string
  completed: string[]
  failed: string[]
  canceled: string[]
}

export interface OutcomeBucket {
  /** Epoch ms; the bucket is [start, end). */
  start: number
  end: number
  completed: number
  failed: number
  canceled: number
  /** The bucket's jobs by connector (sorted by connector id), newest job first. */
  connectors: BucketConnector[]
}

export interface OutcomeBuckets {
  period: OutcomePeriod
  /** The first bucket's start. */
  start: number
  /** Oldest first; the last one holds `now`. */
  buckets: OutcomeBucket[]
  /** The window was full and stops after the period began: counts before `windowStart` miss jobs. */
  capped: boolean
  /** The oldest creation time in the window; set when capped. */
  windowStart?: number
}

export interface BucketOptions {
  /** The most jobs the window can hold (default RESULT_WINDOW); a window holding fewer has every job. */
  windowLimit?: number
  /** Buckets align to whole hours and days in this offset from UTC (minutes; default 0). */
  utcOffsetMinutes?: number
}

const OUTCOME_KEYS = { completed: 'completed', error: 'failed', canceled: 'canceled' } as const

/** Outcomes per bucket over the period ending at `now`; `jobs` in any order. */
export function outcomeBuckets(jobs: readonly BucketJob[], period: OutcomePeriod, now: number, options: BucketOptions = {}): OutcomeBuckets {
  const { bucketMs, buckets: count } = OUTCOME_PERIODS[period]
  const offset = (options.utcOffsetMinutes ?? 0) * 60_000
  const lastStart = Math.floor((now + offset) / bucketMs) * bucketMs - offset
  const start = lastStart - (count - 1) * bucketMs
  const end = lastStart + bucketMs
  const ids = Array.from({ length: count }, () => new Map<string, BucketConnector>())
  const ended: { job: BucketJob; at: number }[] = []
  for (const job of jobs) {
    if (!Object.hasOwn(OUTCOME_KEYS, job.status)) continue
    const at = endedAt(job)
    if (at !== undefined && at >= start && at < end) ended.push({ job, at })
  }
  ended.sort((a, b) => b.at - a.at || compareCodeUnits(a.job.id, b.job.id))
  for (const { job, at } of ended) {
    const groups = ids[Math.floor((at - start) / bucketMs)]!
    let group = groups.get(job.connector.id)
    if (!group) {
      group = { connectorId: job.connector.id, completed: [], failed: [], canceled: [] }
      groups.set(job.connector.id, group)
    }
    group[OUTCOME_KEYS[job.status as keyof typeof OUTCOME_KEYS]].push(job.id)
  }
  const buckets = ids.map((groups, index) => {
    const connectors = [...groups.values()].sort((a, b) => compareCodeUnits(a.connectorId, b.connectorId))
    const total = (key: 'completed' | 'failed' | 'canceled') => connectors.reduce((sum, group) => sum + group[key].length, 0)
    const bucketStart = start + index * bucketMs
    return { start: bucketStart, end: bucketStart + bucketMs, completed: total('completed'), failed: total('failed'), canceled: total('canceled'), connectors }
  })

  let windowStart: number | undefined
  for (const job of jobs) {
    const created = parseTimestamp(job.created_at)
    if (created !== undefined && (windowStart === undefined || created < windowStart)) windowStart = created
  }
  const capped = jobs.length >= (options.windowLimit ?? RESULT_WINDOW) && windowStart !== undefined && windowStart > start
  return { period, start, buckets, capped, ...(capped ? { windowStart } : {}) }
}
