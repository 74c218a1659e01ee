// What the simulated connector service writes on a connector document, call for call as elastic/connectors
// `connectors/protocol/connectors.py` (`Connector.sync_starts`, `sync_done`, `connected`, `error`,
// `update_last_sync_scheduled_at_by_job_type`) and `ConnectorIndex.heartbeat` do. The heartbeat goes
// through `_check_in` (`feature_use_connectors_api`, default since 8.16); everything else is a direct
// partial update of the document, as the service writes it, with its own `+00:00` timestamps and
// explicit nulls.

import type { JobType, SyncJob } from '../../contract/es-connector-types.ts'
import { formatServiceTime } from './es-time.ts'
import type { EmulatorStore } from './store.ts'

/** `JOB_NOT_FOUND_ERROR`: what `sync_done` writes when the job document vanished during the run. */
export const JOB_NOT_FOUND_ERROR = "Couldn't find the job"
/** `UNKNOWN_ERROR`: what `sync_done` writes for a job that ended in error without a message. */
export const UNKNOWN_ERROR = 'unknown error'

const SCHEDULED_AT_FIELD = {
  full: 'last_sync_scheduled_at',
  incremental: 'last_incremental_sync_scheduled_at',
  access_control: 'last_access_control_sync_scheduled_at',
} as const satisfies Record<JobType, string>

/** The connector field that records when a schedule of this job type last fired. */
export function scheduledAtField(jobType: JobType): (typeof SCHEDULED_AT_FIELD)[JobType] {
  return SCHEDULED_AT_FIELD[jobType]
}

/** `iso_utc(when)` of an epoch-ms instant (and a microsecond part). */
export function serviceTime(epochMs: number, micros = 0): string {
  return formatServiceTime(Math.floor(epochMs) * 1000 + micros)
}

/** `ConnectorIndex.heartbeat`: `PUT _connector/{id}/_check_in`. */
export function checkIn(store: EmulatorStore, connectorId: string): void {
  store.checkInConnector(connectorId)
}

/** `Connector.connected()`: the scheduler's poll found the configuration and the source fine. */
export function markConnected(store: EmulatorStore, connectorId: string): void {
  store.writeConnector(connectorId, { status: 'connected', error: null })
}

/** `Connector.error(e)`: the poll failed (validation, ping, a schedule it cannot read). */
export function markError(store: EmulatorStore, connectorId: string, message: string): void {
  store.writeConnector(connectorId, { status: 'error', error: message })
}

/** `update_last_sync_scheduled_at_by_job_type`: the cron occurrence the scheduler is about to create a job for. */
export function recordScheduledAt(store: EmulatorStore, connectorId: string, jobType: JobType, occurrence: number): void {
  store.writeConnector(connectorId, { [scheduledAtField(jobType)]: serviceTime(occurrence) })
}

/**
 * `sync_starts`: refused (the job stays pending) while the family's last status is in_progress — a
 * content and an access-control sync of one connector run side by side, never two of one family;
 * otherwise the connector is connected, its family in progress, its previous error gone.
 */
export function syncStarts(store: EmulatorStore, connectorId: string, jobType: JobType): boolean {
  const connector = store.getConnectorDocument(connectorId, true)
  if (jobType === 'access_control') {
    if (connector.last_access_control_sync_status === 'in_progress') return false
    store.writeConnector(connectorId, { status: 'connected', error: null, last_access_control_sync_status: 'in_progress', last_access_control_sync_error: null })
  } else {
    if (connector.last_sync_status === 'in_progress') return false
    store.writeConnector(connectorId, { status: 'connected', error: null, last_sync_status: 'in_progress', last_sync_error: null })
  }
  return true
}

/**
 * `sync_done(job, cursor)`, with the job as reloaded after it was terminated (undefined when it
 * vanished): `last_synced` on every ending, the family's status and error, the connector's status
 * (`error` only when the job failed), the job's counters when it is completed, failed or canceled (not
 * suspended), and the cursor after a completed content sync.
 */
export function syncDone(store: EmulatorStore, connectorId: string, job: SyncJob | undefined, cursor: Record<string, unknown> | null, at: number, micros = 0): void {
  const status = job?.status ?? 'error'
  const error = job === undefined ? JOB_NOT_FOUND_ERROR : (job.error ?? (status === 'error' ? UNKNOWN_ERROR : null))
  const patch: Record<string, unknown> = { last_synced: serviceTime(at, micros), status: status === 'error' ? 'error' : 'connected', error }
  if (job === undefined || job.job_type !== 'access_control') {
    patch.last_sync_status = status
    patch.last_sync_error = error
  }
  if (job === undefined || job.job_type === 'access_control') {
    patch.last_access_control_sync_status = status
    patch.last_access_control_sync_error = error
  }
  if (job !== undefined && job.job_type !== 'access_control' && status === 'completed') patch.sync_cursor = cursor
  if (job !== undefined && (status === 'completed' || status === 'error' || status === 'canceled')) {
    patch.last_indexed_document_count = job.indexed_document_count
    patch.last_deleted_document_count = job.deleted_document_count
  }
  store.writeConnector(connectorId, patch)
}
