// Helpers for the job page tests: a fresh pending job on a seeded connector, set to any state
// through the emulator's store (the same back door the worker uses).
import type { Emulator } from '../../../../server/emulator/app.ts'
import type { SyncJob } from '../../../../contract/es-connector-types.ts'
import { syncableConnector } from '../../../support/connectors.ts'

export function createJob(emulator: Emulator, patch: Partial<Omit<SyncJob, 'id'>> = {}, jobType: SyncJob['job_type'] = 'full'): string {
  const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id, job_type: jobType })
  if (Object.keys(patch).length > 0) emulator.store.writeSyncJob(id, patch)
  return id
}

/** Counts the requests msw sees that match a method and a path pattern (for "sent exactly once"). */
export function countRequests(mswServer: { events: { on: (event: 'request:start', listener: (args: { request: Request }) => void) => void } }, method: string, pattern: RegExp) {
  const counter = { count: 0 }
  mswServer.events.on('request:start', ({ request }) => {
    if (request.method === method && pattern.test(new URL(request.url).pathname)) counter.count += 1
  })
  return counter
}

/**
 * Completes every pending or running job of a connector and type (through the store), so that the
 * duplicate guard of Run again has nothing to ask about.
 */
export function settleActiveJobs(emulator: Emulator, connectorId: string, jobType: SyncJob['job_type']): void {
  for (const status of ['pending', 'in_progress'] as const) {
    const { results } = emulator.store.listSyncJobs({ from: 0, size: 1000, connector_id: connectorId, job_type: [jobType], status })
    for (const job of results) emulator.store.writeSyncJob(job.id, { status: 'completed', completed_at: new Date().toISOString() })
  }
}
