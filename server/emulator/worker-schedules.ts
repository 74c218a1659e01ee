// The scheduling service of the simulated connector service, one poll at a time (every `service.idling`,
// 30 s), as elastic/connectors `connectors/services/job_scheduling.py` runs it for each connector it
// serves (`_schedule`):
// 1. the heartbeat (worker-heartbeat.ts), forced for the very first connector of the first poll only
//    (`just_started = self.first_run; self.first_run = False`);
// 2. a `created` or `needs_configuration` connector stops there: nothing is ever scheduled for it;
// 3. the configuration check and the ping of the source, then the validation of an edited filtering
//    draft when sync rules are enabled (`_filtering/_validation`, then `_filtering/_activate`): success
//    writes `status: connected, error: null`, failure `status: error, error: str(e)` and stops;
// 4. `_try_schedule_sync` for access control (document-level security enabled; the license is taken
//    to be platinum), incremental (enabled and supported by the source), then full: skipped when the
//    `last_*_scheduled_at` is later than the previous wake-up (another instance did it), else the
//    occurrence `next_run(interval, last_wake_up_time)` (service-cron.ts, seconds ignored) is due when
//    this poll is not earlier than it — then the occurrence is written as `last_*_scheduled_at` and a
//    `scheduled` job is created through `POST _connector/_sync_job`. Nothing checks for a job already
//    pending, so a connector slower than its schedule piles up pending jobs, and occurrences that fall
//    while no service runs are never made up (`last_wake_up_time` starts when the service starts).
// The configuration defaults `prepare()` writes on a connector with an empty configuration are not
// simulated: such a connector keeps whatever status the API gave it.

import type { ConnectorDocument, JobType } from '../../contract/es-connector-types.ts'
import { readServiceSchedule, serviceNextRun } from './service-cron.ts'
import { supportsIncremental, unreachableMessage } from './seed-vocabulary.ts'
import type { EmulatorStore } from './store.ts'
import { markConnected, markError, recordScheduledAt, scheduledAtField } from './worker-connector-writes.ts'
import { epochMs, heartbeat } from './worker-heartbeat.ts'
import type { WorkerTiming } from './worker-timing.ts'

export interface SchedulingService {
  /** One pass over the served connectors; the worker calls it every `idlingMs`. */
  poll(at: number): void
}

export interface SchedulingOptions {
  store: EmulatorStore
  timing: WorkerTiming
  /** When the service started: its first `last_wake_up_time`. */
  startedAt: number
  isServed: (connectorId: string) => boolean
}

const enabled = (feature: { enabled?: boolean } | undefined) => feature?.enabled === true

/**
 * The simulated source cannot be reached while the connector carries the error its ping wrote: the
 * message the scheduler stores for this source (`str(e)`, no exception class), which no sync wrote.
 * Clearing it through the API (`_error` with null) lets the next poll reach the source again.
 */
export function isUnreachable(connector: ConnectorDocument): boolean {
  const error = connector.error
  if (connector.status !== 'error' || !error || error !== unreachableMessage(connector.service_type)) return false
  return error !== connector.last_sync_error && error !== connector.last_access_control_sync_error
}

export function schedulingService(options: SchedulingOptions): SchedulingService {
  const { store, timing, isServed } = options
  let firstRun = true
  let lastWakeUp = options.startedAt

  function reload(id: string): ConnectorDocument | undefined {
    try {
      return store.getConnectorDocument(id)
    } catch {
      return undefined // deleted meanwhile
    }
  }

  function trySchedule(id: string, jobType: JobType, at: number): void {
    const connector = reload(id)
    if (!connector) return
    const lastScheduledAt = epochMs(connector[scheduledAtField(jobType)])
    if (lastScheduledAt > lastWakeUp) return
    const entry = connector.scheduling?.[jobType]
    if (!entry?.enabled) return
    const reading = readServiceSchedule(String(entry.interval))
    if (reading.error !== undefined) return markError(store, id, reading.error)
    const next = serviceNextRun(reading.schedule, lastWakeUp)
    if (next.error !== undefined) return markError(store, id, next.error)
    if (next.at === undefined || at < next.at) return
    recordScheduledAt(store, id, jobType, next.at)
    try {
      store.createSyncJob({ id, job_type: jobType, trigger_method: 'scheduled' })
    } catch {
      // No index or no service type: the service logs the refusal; the occurrence stays recorded.
    }
  }

  function schedule(connector: ConnectorDocument, at: number): void {
    const justStarted = firstRun
    firstRun = false
    heartbeat(store, connector, at, timing.heartbeatMs, justStarted)
    if (connector.status === 'created' || connector.status === 'needs_configuration') return
    if (isUnreachable(connector)) return markError(store, connector.id, connector.error as string)
    const features = connector.features
    const syncRules = enabled(features?.sync_rules?.basic) || enabled(features?.sync_rules?.advanced)
    if (syncRules && connector.filtering?.[0]?.draft.validation.state === 'edited') {
      store.updateConnectorFilteringValidation(connector.id, { state: 'valid', errors: [] })
      store.activateConnectorFiltering(connector.id)
    }
    markConnected(store, connector.id)
    if (enabled(features?.document_level_security)) trySchedule(connector.id, 'access_control', at)
    if (enabled(features?.incremental_sync) && supportsIncremental(connector.service_type)) trySchedule(connector.id, 'incremental', at)
    trySchedule(connector.id, 'full', at)
  }

  return {
    poll(at) {
      for (const id of store.liveConnectorIds()) {
        if (!isServed(id)) continue
        const connector = reload(id)
        if (!connector) continue
        try {
          schedule(connector, at)
        } catch {
          // One connector's failure never stops the pass (the service logs it and goes on).
        }
      }
      lastWakeUp = at
    },
  }
}
