// The duplicate guard's requests keep connector configuration (which may hold secrets) out of the
// browser: what the check leaves in the query cache is list rows without the connector snapshot's
// configuration, though the job in Elasticsearch carries one.
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { syncJobKeys } from '../../../../src/api/queries.ts'
import { useEmulator } from '../../support/emulator.ts'
import { createTestQueryClient, renderRoute } from '../../support/render.tsx'
import { syncableConnectors } from '../../../support/connectors.ts'

describe('the duplicate check', () => {
  it('caches the jobs it found without their connector configuration', async () => {
    const emulator = useEmulator()
    const connector = syncableConnectors(emulator).find((entry) => Object.keys(entry.configuration ?? {}).length > 0)
    if (!connector) throw new Error('no syncable connector with a configuration in the seed')
    const existing = emulator.store.createSyncJob({ id: connector.id, job_type: 'access_control' })
    // The job's snapshot holds the connector's configuration: that is what must not reach the cache.
    expect(Object.keys(emulator.store.getSyncJob(existing).connector.configuration ?? {})).not.toHaveLength(0)

    const queryClient = createTestQueryClient()
    const { user } = renderRoute(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`, { queryClient })
    await screen.findByRole('heading', { name: 'New sync job' })
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Connector' }).getAttribute('placeholder')).not.toMatch(/Loading/))
    await user.selectOptions(screen.getByLabelText('Job type'), 'access_control')
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/already has an access control sync pending or running/)

    const cached = queryClient
      .getQueryCache()
      .findAll({ queryKey: syncJobKeys.lists() })
      .map((query) => query.state.data)
    const found = JSON.stringify(cached)
    expect(found).toContain(existing)
    expect(found).not.toContain('"configuration"')
  })
})
