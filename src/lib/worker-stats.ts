// Per worker host (`worker_hostname`, written by the connector service's `_claim`, elastic/connectors
// `sync_job_runner.py`): the jobs it runs now, its freshest heartbeat (`last_seen`, reported every
// 10 s while it runs a job), its completed and failed jobs in the window and how its failure rate
// compares with the rest of the fleet's, and its average indexing rate. One rule flags a host whose
// jobs fail far more often than the others' ("host blame"): HOST_FAILURE_FACTOR × the rest's rate,
// at least HOST_MIN_RATE_GAP above it, with HOST_MIN_FINISHED finished jobs on each side. A job idled
// out by the service's cleanup (`services/job_cleanup.py`: no heartbeat for 300 s) fails on its host,
// so a host that dies mid-sync shows here too. Canceled jobs are neither success nor failure.
import type { SyncJobRow } from '../../contract/es-connector-types.ts'
import { formatCount } from './format.ts'
import { parseTimestamp } from './time.ts'
import { compareCodeUnits } from './compare.ts'

/** A host's failure rate must reach this multiple of the other hosts' rate … */
export const HOST_FAILURE_FACTOR = 2
/** … be at least this much above it (so 2 % against 1 % is not news) … */
export const HOST_MIN_RATE_GAP = 0.1
/** … with at least this many finished (completed or failed) jobs on the host, and on the others. */
export const HOST_MIN_FINISHED = 5

export type WorkerJob = Pick<SyncJobRow, 'id' | 'status' | 'worker_hostname' | 'started_at' | 'completed_at' | 'last_seen' | 'indexed_document_count'>

export interface FailureCounts {
  /** Completed + failed. */
  finished: number
  failed: number
  /** failed / finished; undefined without finished jobs. */
  failureRate: number | undefined
}

export interface WorkerStats extends FailureCounts {
  hostname: string
  /** Jobs in progress or canceling on the host. */
  runningJobIds: string[]
  freshestHeartbeat: number | undefined
  /** How long since that heartbeat, at `now`. */
  silentForMs: number | undefined
  completed: number
  canceled: number
  failedJobIds: string[]
  /** The other hosts together. */
  rest: FailureCounts
  /** The failure rule holds; `flag` says it in words. */
  flagged: boolean
  flag?: string
  /** Documents indexed per second of running, over its completed jobs; undefined without one. */
  documentsPerSecond: number | undefined
}

function counts(finished: number, failed: number): FailureCounts {
  return { finished, failed, failureRate: finished > 0 ? failed / finished : undefined }
}

const percent = (rate: number) => `${Math.round(rate * 100)} %`

/** The host-blame rule, on its own. */
export function failsFarMoreOften(host: FailureCounts, rest: FailureCounts): boolean {
  if (host.finished < HOST_MIN_FINISHED || rest.finished < HOST_MIN_FINISHED) return false
  const hostRate = host.failureRate ?? 0
  const restRate = rest.failureRate ?? 0
  return hostRate >= HOST_FAILURE_FACTOR * restRate && hostRate - restRate >= HOST_MIN_RATE_GAP
}

/** Every host seen in the window: flagged hosts first, then by name. */
export function workerStats(jobs: readonly WorkerJob[], now: number): WorkerStats[] {
  const hosts = new Map<string, WorkerJob[]>()
  for (const job of jobs) {
    if (!job.worker_hostname) continue
    const list = hosts.get(job.worker_hostname)
    if (list) list.push(job)
    else hosts.set(job.worker_hostname, [job])
  }
  let totalFinished = 0
  let totalFailed = 0
  for (const own of hosts.values()) {
    for (const job of own) {
      if (job.status === 'completed' || job.status === 'error') totalFinished += 1
      if (job.status === 'error') totalFailed += 1
    }
  }
  const stats = [...hosts].map(([hostname, own]): WorkerStats => {
    const completed = own.filter((job) => job.status === 'completed')
    const failedJobs = own.filter((job) => job.status === 'error')
    const host = counts(completed.length + failedJobs.length, failedJobs.length)
    const rest = counts(totalFinished - host.finished, totalFailed - host.failed)
    const heartbeats = own.map((job) => parseTimestamp(job.last_seen)).filter((at): at is number => at !== undefined)
    const freshestHeartbeat = heartbeats.length > 0 ? heartbeats.reduce((a, b) => Math.max(a, b)) : undefined
    let documents = 0
    let runningMs = 0
    for (const job of completed) {
      const started = parseTimestamp(job.started_at)
      const ended = parseTimestamp(job.completed_at)
      if (started === undefined || ended === undefined || ended <= started) continue
      documents += job.indexed_document_count
      runningMs += ended - started
    }
    const flagged = failsFarMoreOften(host, rest)
    return {
      hostname,
      ...host,
      runningJobIds: own.filter((job) => job.status === 'in_progress' || job.status === 'canceling').map((job) => job.id),
      freshestHeartbeat,
      silentForMs: freshestHeartbeat === undefined ? undefined : Math.max(0, now - freshestHeartbeat),
      completed: completed.length,
      canceled: own.filter((job) => job.status === 'canceled').length,
      failedJobIds: failedJobs.map((job) => job.id),
      rest,
      flagged,
      ...(flagged
        ? {
            flag: `${hostname} failed ${formatCount(host.failed)} of ${formatCount(host.finished)} finished jobs (${percent(host.failureRate ?? 0)}); the other hosts ${percent(rest.failureRate ?? 0)} (${formatCount(rest.failed)} of ${formatCount(rest.finished)}).`,
          }
        : {}),
      documentsPerSecond: runningMs > 0 ? documents / (runningMs / 1000) : undefined,
    }
  })
  return stats.sort((a, b) => Number(b.flagged) - Number(a.flagged) || compareCodeUnits(a.hostname, b.hostname))
}
