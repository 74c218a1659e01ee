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
