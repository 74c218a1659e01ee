// The sync-job indexes behind the list endpoint. Every job sits in eight buckets — one per combination of
// "status or any" × "job type or any" × "connector or any" — each kept sorted by (created_at, insertion),
// so any list filter is a lookup of at most three buckets: counts are their lengths and a page is a
// slice (or a short merge for several job types). No request scans or sorts the whole job set.

import type { JobType, SyncJob, SyncStatus } from '../../contract/es-connector-types.ts'

export interface IndexedJob {
  job: SyncJob
  /** created_at in epoch microseconds; -Infinity when unparsable, so such jobs sort as oldest. */
  key: number
  /** Insertion order: breaks created_at ties (the newer insertion counts as newer). */
  seq: number
}

export interface JobFilter {
  status?: SyncStatus | undefined
  connectorId?: string | undefined
  jobTypes?: readonly JobType[] | undefined
}

export type Direction = 'desc' | 'asc'

export class JobIndex {
  private buckets = new Map<string, IndexedJob[]>()
  private readonly keys = new BucketKeys()

  add(entry: IndexedJob): void {
    for (const key of this.keys.of(entry.job)) {
      const bucket = this.buckets.get(key)
      if (bucket) bucket.splice(insertionPoint(bucket, entry), 0, entry)
      else this.buckets.set(key, [entry])
    }
  }

  remove(entry: IndexedJob): void {
    for (const key of this.keys.of(entry.job)) {
      const bucket = this.buckets.get(key)
      if (!bucket) continue
      const index = insertionPoint(bucket, entry) - 1
      if (bucket[index] === entry) bucket.splice(index, 1)
      if (bucket.length === 0) this.buckets.delete(key)
    }
  }

  /** Re-indexes everything with one sort (bulk loads). */
  rebuild(entries: Iterable<IndexedJob>): void {
    const sorted = [...entries].sort(compare)
    this.buckets = new Map()
    for (const entry of sorted) {
      for (const key of this.keys.of(entry.job)) {
        const bucket = this.buckets.get(key)
        if (bucket) bucket.push(entry)
        else this.buckets.set(key, [entry])
      }
    }
  }

  count(filter: JobFilter): number {
    return this.bucketsFor(filter).reduce((sum, bucket) => sum + bucket.length, 0)
  }

  /** Entries `from`…`from + size` of the filtered jobs in the given created_at direction. */
  page(filter: JobFilter, from: number, size: number, direction: Direction): IndexedJob[] {
    const buckets = this.bucketsFor(filter)
    const single = buckets[0]
    if (buckets.length === 1 && single) {
      if (direction === 'asc') return single.slice(from, from + size)
      const end = Math.max(single.length - from, 0)
      return single.slice(Math.max(end - size, 0), end).toReversed()
    }
    return mergePage(buckets, from, size, direction)
  }

  /** All filtered entries, oldest first. */
  ascending(filter: JobFilter): IndexedJob[] {
    return this.page(filter, 0, Number.MAX_SAFE_INTEGER, 'asc')
  }

  private bucketsFor(filter: JobFilter): IndexedJob[][] {
    const types = filter.jobTypes && filter.jobTypes.length > 0 ? [...new Set(filter.jobTypes)] : [undefined]
    const buckets: IndexedJob[][] = []
    for (const type of types) {
      const bucket = this.buckets.get(bucketKey(filter.status, type, filter.connectorId))
      if (bucket) buckets.push(bucket)
    }
    return buckets
  }
}

function bucketKey(status: string | undefined, type: string | undefined, connectorId: string | undefined): string {
  // Status and type are enum words without '|'; the connector id comes last, so any id is unambiguous.
  return `${status ?? ''}|${type ?? ''}|${connectorId === undefined ? '' : `=${connectorId}`}`
}

/** Computes each job's eight bucket keys once per (connector, status, type) combination: a bulk
 *  load would otherwise build 800,000 strings for 100,000 jobs. */
class BucketKeys {
  private readonly cache = new Map<string, Map<string, string[]>>()

  of(job: SyncJob): string[] {
    const connectorId = job.connector.id
    let byState = this.cache.get(connectorId)
    if (!byState) {
      byState = new Map()
      this.cache.set(connectorId, byState)
    }
    const state = `${job.status}|${job.job_type}`
    let keys = byState.get(state)
    if (!keys) {
      keys = []
      for (const status of [undefined, job.status]) {
        for (const type of [undefined, job.job_type]) {
          for (const connector of [undefined, connectorId]) keys.push(bucketKey(status, type, connector))
        }
      }
      byState.set(state, keys)
    }
    return keys
  }
}

function compare(a: IndexedJob, b: IndexedJob): number {
  return a.key === b.key ? a.seq - b.seq : a.key < b.key ? -1 : 1
}

/** First position whose entry sorts after `entry`. */
function insertionPoint(bucket: readonly IndexedJob[], entry: IndexedJob): number {
  let low = 0
  let high = bucket.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const candidate = bucket[middle]
    if (candidate && compare(candidate, entry) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

/** k-way merge of sorted buckets, stopping after `from + size` entries. */
function mergePage(buckets: IndexedJob[][], from: number, size: number, direction: Direction): IndexedJob[] {
  const cursors = buckets.map((bucket) => (direction === 'asc' ? 0 : bucket.length - 1))
  const step = direction === 'asc' ? 1 : -1
  const out: IndexedJob[] = []
  for (let taken = 0; taken < from + size; taken++) {
    let best = -1
    let bestEntry: IndexedJob | undefined
    buckets.forEach((bucket, index) => {
      const candidate = bucket[cursors[index] ?? -1]
      if (!candidate) return
      if (!bestEntry || compare(candidate, bestEntry) * step < 0) {
        best = index
        bestEntry = candidate
      }
    })
    if (!bestEntry) break
    cursors[best] = (cursors[best] ?? 0) + step
    if (taken >= from) out.push(bestEntry)
  }
  return out
}
