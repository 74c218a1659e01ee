// The simulated connector service's clock work: the real service's intervals (elastic/connectors
// `connectors/config.py` defaults `service.idling = 30`, `service.heartbeat = 300`; `sync_job_runner.py`
// `JOB_REPORTING_INTERVAL = 10`, `JOB_CHECK_INTERVAL = 5`) and how long a sync runs, all divided by an
// optional time scale. The scale is for demos only (`--time-scale`); its default, 1, is the real
// service's timing. Cron schedules are never scaled: they come due on the wall clock.

import { randomBetween, type Random } from './random.ts'

export interface WorkerTiming {
  /** The time scale the other figures are divided by. */
  timeScale: number
  /** How often the worker looks at the clock. */
  tickMs: number
  /** `service.idling`: the scheduling and execution services poll this often. */
  idlingMs: number
  /** `service.heartbeat`: a connector's `last_seen` is refreshed once it is older than this. */
  heartbeatMs: number
  /** `JOB_REPORTING_INTERVAL`: a running job reports `_stats` this often. */
  jobReportingMs: number
  /** `JOB_CHECK_INTERVAL`: a running job is reloaded this often (a cancel request is seen then). */
  jobCheckMs: number
}

export const SERVICE_INTERVALS = {
  idlingMs: 30_000,
  heartbeatMs: 300_000,
  jobReportingMs: 10_000,
  jobCheckMs: 5_000,
} as const

export function workerTiming(timeScale = 1): WorkerTiming {
  if (!(timeScale > 0 && Number.isFinite(timeScale))) throw new RangeError(`time scale must be a positive number, got ${timeScale}`)
  return {
    timeScale,
    tickMs: Math.max(20, Math.round(1000 / timeScale)),
    idlingMs: SERVICE_INTERVALS.idlingMs / timeScale,
    heartbeatMs: SERVICE_INTERVALS.heartbeatMs / timeScale,
    jobReportingMs: SERVICE_INTERVALS.jobReportingMs / timeScale,
    jobCheckMs: SERVICE_INTERVALS.jobCheckMs / timeScale,
  }
}

/**
 * How long a sync that indexes this many documents runs, unscaled: validation, the ping and the index
 * preparation take a few seconds to a minute, then documents go at the source's pace (access-control
 * syncs write identities, slowly).
 */
export function syncDurationMs(random: Random, jobType: 'full' | 'incremental' | 'access_control', indexed: number): number {
  const perSecond = jobType === 'access_control' ? randomBetween(random, 30, 80) : randomBetween(random, 40, 400)
  return randomBetween(random, 5, 60) * 1000 + (indexed / perSecond) * 1000
}
