// Fault injection for the emulator (--latency-ms, --fail-rate): a slow network and an overloaded or
// degraded cluster, answered before any route runs, in the exact shapes Elasticsearch uses, so the
// dashboard's slow, retry and error paths can be exercised without a real broken cluster.

import type { MiddlewareHandler } from 'hono'
import { EsException } from './errors.ts'
import type { Random } from './random.ts'

export interface FaultOptions {
  /** Delay every request by this many milliseconds. */
  latencyMs?: number
  /** Fraction of requests (0–1) refused with a 503 or 429, half each. */
  failRate?: number
  random?: Random
}

const NODE_NAME = 'syncboard-emulator-node'
const SYNC_JOBS_INDEX = '.elastic-connectors-sync-jobs-v1'

/** Reads hit a search whose every shard is unavailable (a red index): no shard-level cause to report. */
function allShardsFailed(): EsException {
  return new EsException(503, 'search_phase_execution_exception', 'all shards failed', {
    rootCauses: [],
    metadata: { phase: 'query', grouped: true, failed_shards: [] },
  })
}

/** Writes wait for the primary shard until the timeout, then give up. */
function primaryShardInactive(method: string, path: string): EsException {
  const reason = `[${SYNC_JOBS_INDEX}][0] primary shard is not active Timeout: [1m], request: [${method} ${path}]`
  return new EsException(503, 'unavailable_shards_exception', reason, {
    metadata: { index_uuid: 'cTf1m0bWQyS3Vb0nYk4x3g', shard: '0', index: SYNC_JOBS_INDEX },
  })
}

/** A full thread-pool queue: Elasticsearch's back-pressure, which clients are expected to retry. */
function rejectedExecution(read: boolean): EsException {
  const pool = read ? 'search' : 'write'
  const reason =
    `rejected execution of org.elasticsearch.common.util.concurrent.TimedRunnable@6b1f1a2c on ` +
    `EsThreadPoolExecutor[name = ${NODE_NAME}/${pool}, queue capacity = 1000, ` +
    `org.elasticsearch.common.util.concurrent.EsThreadPoolExecutor@3e3f7a5c[Running, pool size = 13, ` +
    `active threads = 13, queued tasks = 1000, completed tasks = 4184356]]`
  return new EsException(429, 'es_rejected_execution_exception', reason)
}

export function faultInjection(options: FaultOptions = {}): MiddlewareHandler {
  const latencyMs = Math.max(0, options.latencyMs ?? 0)
  const failRate = Math.min(1, Math.max(0, options.failRate ?? 0))
  const random = options.random ?? Math.random
  return async (c, next) => {
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs))
    if (failRate > 0) {
      // One draw decides both whether to fail and how, so a seeded random replays exactly.
      const roll = random()
      if (roll < failRate) {
        const read = c.req.method === 'GET' || c.req.method === 'HEAD'
        const unavailable = roll < failRate / 2
        const fault = unavailable ? (read ? allShardsFailed() : primaryShardInactive(c.req.method, c.req.path)) : rejectedExecution(read)
        return c.json(fault.toBody(), fault.status as 429 | 503, { 'X-elastic-product': 'Elasticsearch' })
      }
    }
    await next()
  }
}
