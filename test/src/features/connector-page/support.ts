// Helpers for the connector page tests: render the page of a connector and wait until its actions
// follow the server's configuration, and put a connector's jobs into known states through the
// emulator's store (the back door the simulated worker uses too).
import { screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'
import type { Emulator } from '../../../../server/emulator/app.ts'
import type { JobType, SyncJob, SyncStatus } from '../../../../contract/es-connector-types.ts'
import { renderRoute } from '../../support/render.tsx'

export async function renderConnector(id: string, name: string | RegExp) {
  const view = renderRoute(`/connectors/${encodeURIComponent(id)}`)
  await screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 })
  await waitFor(() => expect(screen.queryByText(/Checking whether this Syncboard may change jobs/)).toBeNull())
  return view
}

const ACTIVE: readonly SyncStatus[] = ['pending', 'in_progress', 'suspended', 'canceling']

/** Completes every active job of the connector (five minutes ago), so that the test starts from none and its own jobs are the newest. */
export function settleActiveJobs(emulator: Emulator, connectorId: string): void {
  for (const status of ACTIVE) {
    const { results } = emulator.store.listSyncJobs({ from: 0, size: 1000, connector_id: connectorId, status })
    for (const job of results) emulator.store.writeSyncJob(job.id, { status: 'completed', completed_at: new Date(Date.now() - 300_000).toISOString() })
  }
}

/** A new job of the connector in the given state. */
export function jobOf(emulator: Emulator, connectorId: string, patch: Partial<Omit<SyncJob, 'id'>> = {}, jobType: JobType = 'full'): string {
  const id = emulator.store.createSyncJob({ id: connectorId, job_type: jobType })
  if (Object.keys(patch).length > 0) emulator.store.writeSyncJob(id, patch)
  return id
}

/** The connector's jobs in one status, as the emulator holds them. */
export function jobsWithStatus(emulator: Emulator, connectorId: string, status: SyncStatus): SyncJob[] {
  return emulator.store.listSyncJobs({ from: 0, size: 1000, connector_id: connectorId, status }).results
}
