// Helpers for the job page tests: a fresh pending job on a seeded connector, set to any state
// through the emulator's store (the same back door the worker uses).
import type { Emulator } from '../../../../server/emulator/app.ts'
import type { SyncJob } from '../../../../src/api/types.ts'

/** A connector of the seed that can be synced (has an index and a service type). */
export function syncableConnectorId(emulator: Emulator): string {
  const connector = emulator.store
    .listConnectors({ from: 0, size: 100 })
    .results.find((entry) => entry.index_name && entry.service_type)
  if (!connector) throw new Error('the seed has no syncable connector')
  return connector.id
}

export function createJob(emulator: Emulator, patch: Partial<Omit<SyncJob, 'id'>> = {}, jobType: SyncJob['job_type'] = 'full'): string {
  const id = emulator.store.createSyncJob({ id: syncableConnectorId(emulator), job_type: jobType })
  if (Object.keys(patch).length > 0) emulator.store.writeSyncJob(id, patch)
  return id
}

export function esErrorBody(status: number, type: string, reason: string) {
  return { error: { root_cause: [{ type, reason }], type, reason }, status }
}
