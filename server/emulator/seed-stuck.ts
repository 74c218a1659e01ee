// The seed's live and deliberately stuck jobs near `now`, most important first (a tiny --jobs keeps only
// the first few): live ones so the dashboard moves as soon as the worker starts, stuck ones for every flag
// the jobs list raises. How they are marked for the simulated worker (worker.ts):
// - stuck in_progress and canceling jobs were claimed by DEAD_WORKER_HOSTNAMES, pods that died minutes
//   ago; the worker only drives jobs its own LIVE_WORKER_HOSTNAMES claimed, and since their connector
//   still says a sync of the family is in progress, it starts no other sync of that family there (a
//   pending job waits behind the 26-minute one, and scheduled occurrences pile up behind them);
// - the stuck pending and suspended jobs belong to the unserved connector, whose own service stopped
//   hours ago (its `last_seen` is that old): the worker does not serve it.

import type { JobType, SyncJobConnector, SyncStatus, TriggerMethod } from '../../contract/es-connector-types.ts'
import type { Random } from './random.ts'
import type { Role } from './seed-fleet.ts'
import { baseJob, MINUTE, SECOND, setCounts, type ConnectorPlan, type Timed } from './seed-history.ts'
import { completedSyncCounts, DEAD_WORKER_HOSTNAMES, LIVE_WORKER_HOSTNAMES } from './seed-vocabulary.ts'

/** When the unserved connector's service went away, before now. */
export const UNSERVED_SINCE = 3 * 60 * MINUTE
/** Host of the self-managed service that ran the unserved connector before it went away. */
export const UNSERVED_HOSTNAME = 'connectors-onprem-fs01'

interface Special {
  /** Roles that may carry it, in order of preference. */
  roles: readonly Role[]
  jobType: JobType
  trigger: TriggerMethod
  status: SyncStatus
  times: { created: number; started?: number; lastSeen?: number; cancelRequested?: number }
  host?: string
  progress?: number
  /** Put it on the same connector as the special with this index. */
  sameAs?: number
  /** Not on the connector of the special with this index (the live jobs land on different connectors). */
  avoid?: number
}

const [live1, live2] = LIVE_WORKER_HOSTNAMES
const [dead0, dead1] = DEAD_WORKER_HOSTNAMES
const HEALTHY_FIRST: readonly Role[] = ['healthy', 'mass-deletion', 'failing', 'config-change', 'stalled-cursor', 'on-demand']

const SPECIALS: readonly Special[] = [
  { roles: HEALTHY_FIRST, jobType: 'full', trigger: 'on_demand', status: 'in_progress', times: { created: 95 * SECOND, started: 90 * SECOND, lastSeen: 3 * SECOND }, host: live1, progress: 0.4 },
  { roles: ['on-demand', ...HEALTHY_FIRST], jobType: 'full', trigger: 'on_demand', status: 'pending', times: { created: 4 * SECOND } },
  { roles: HEALTHY_FIRST, jobType: 'full', trigger: 'on_demand', status: 'in_progress', times: { created: 26 * MINUTE, started: 25.5 * MINUTE, lastSeen: 2 * MINUTE }, host: dead0, progress: 0.55 },
  { roles: ['unserved'], jobType: 'full', trigger: 'on_demand', status: 'pending', times: { created: 14 * MINUTE } },
  { roles: ['unserved'], jobType: 'full', trigger: 'on_demand', status: 'suspended', times: { created: UNSERVED_SINCE + 10 * MINUTE, started: UNSERVED_SINCE + 9 * MINUTE, lastSeen: UNSERVED_SINCE }, host: UNSERVED_HOSTNAME, progress: 0.3 },
  { roles: HEALTHY_FIRST, jobType: 'full', trigger: 'on_demand', status: 'in_progress', times: { created: 40 * MINUTE, started: 39 * MINUTE, lastSeen: 8 * MINUTE }, host: dead1, progress: 0.7 },
  { roles: ['mass-deletion', ...HEALTHY_FIRST], jobType: 'full', trigger: 'on_demand', status: 'canceling', times: { created: 30 * MINUTE, started: 29 * MINUTE, lastSeen: 6 * MINUTE, cancelRequested: 4 * MINUTE }, host: dead0, progress: 0.35 },
  { roles: [], sameAs: 2, jobType: 'full', trigger: 'on_demand', status: 'pending', times: { created: 12 * MINUTE } },
  { roles: ['mass-deletion', 'failing', 'stalled-cursor', 'healthy'], avoid: 0, jobType: 'access_control', trigger: 'on_demand', status: 'in_progress', times: { created: 50 * SECOND, started: 47 * SECOND, lastSeen: 5 * SECOND }, host: live2, progress: 0.5 },
  { roles: ['config-change', ...HEALTHY_FIRST], jobType: 'full', trigger: 'on_demand', status: 'pending', times: { created: 20 * SECOND } },
  { roles: ['on-demand', ...HEALTHY_FIRST], jobType: 'full', trigger: 'on_demand', status: 'canceling', times: { created: 70 * SECOND, started: 66 * SECOND, lastSeen: 2 * SECOND, cancelRequested: 1 * SECOND }, host: live1, progress: 0.2 },
]

export interface StuckContext {
  random: Random
  stamp: (ms: number) => string
  now: number
  plans: readonly ConnectorPlan[]
  max: number
}

function supported(plan: ConnectorPlan, wanted: JobType): JobType | undefined {
  if (wanted === 'access_control') return plan.member.spec.documentLevelSecurity ? 'access_control' : undefined
  if (wanted === 'incremental' && !plan.member.spec.incremental) return 'full'
  return wanted
}

/** Places the special jobs on fitting connectors and lowers those connectors' history horizons. */
export function stuckJobs(context: StuckContext): Timed[] {
  const { random, stamp, now, plans } = context
  const out: Timed[] = []
  const placed: (ConnectorPlan | undefined)[] = []
  const familyTaken = new Set<string>()
  for (const special of SPECIALS) {
    if (out.length >= context.max) break
    const family = special.jobType === 'access_control' ? 'access_control' : 'content'
    const free = (plan: ConnectorPlan) => supported(plan, special.jobType) !== undefined && (special.status === 'pending' || !familyTaken.has(`${plan.member.index}|${family}`))
    let plan = special.sameAs !== undefined ? placed[special.sameAs] : undefined
    const avoided = special.avoid === undefined ? undefined : placed[special.avoid]
    const candidates = plans.filter((candidate) => candidate !== avoided)
    for (const role of special.roles) {
      if (plan) break
      plan = candidates.find((candidate) => candidate.member.role === role && free(candidate))
    }
    placed.push(plan)
    if (!plan) continue
    const jobType = supported(plan, special.jobType)!
    if (special.status !== 'pending') familyTaken.add(`${plan.member.index}|${family}`)
    const createdAt = now - special.times.created
    plan.horizon[family] = Math.min(plan.horizon[family], createdAt - MINUTE)
    const snapshot: SyncJobConnector = jobType === 'access_control' ? plan.accessControlSnapshot : (plan.changedSnapshot ?? plan.snapshot)
    const job = baseJob(context, jobType, special.trigger, createdAt, snapshot, special.status)
    const { times } = special
    if (times.started !== undefined) {
      job.started_at = stamp(now - times.started)
      job.worker_hostname = special.host!
      const member = plan.member
      setCounts(job, completedSyncCounts(random, jobType, { documents: member.size, identities: member.identities, kibPerDocument: member.spec.profile.kibPerDocument }), special.progress ?? 0)
      job.total_document_count = 0
    }
    if (times.lastSeen !== undefined) job.last_seen = stamp(now - times.lastSeen)
    if (times.cancelRequested !== undefined) job.cancelation_requested_at = stamp(now - times.cancelRequested)
    // A suspended job's sync_done ran when its service shut down (its last_seen).
    const startedMs = times.started === undefined ? Number.NaN : now - times.started
    const endedMs = special.status === 'suspended' && times.lastSeen !== undefined ? now - times.lastSeen : Number.NaN
    out.push({ at: createdAt, job, startedMs, endedMs })
  }
  return out
}
