// The change timeline through msw into the emulator: between two jobs of a connector its sync rules
// gained a rule, a plain setting changed and a sensitive one changed. The page shows the rule, the
// plain setting "from → to", the sensitive one only as changed — its value reaches the page nowhere —
// and the outcomes of the jobs around the change.
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { syncableConnector } from '../../../support/connectors.ts'
import type { FilteringRule } from '../../../../contract/es-connector-types.ts'
import { jobOf, renderConnector } from './support.ts'

const ago = (ms: number) => new Date(Date.now() - ms).toISOString()
const NEW_SECRET = 'brand-new-secret-value-7Q2'
const OLD_SECRET_MARKER = 'old-secret-value-K9'

describe('connector page: change timeline', () => {
  it('shows a sync rule added, a setting from → to, and a sensitive setting only as changed, beside the outcomes', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    // Only the two jobs of the test: seeded ones would sit between them.
    for (const job of emulator.store.listSyncJobs({ from: 0, size: 1000, connector_id: connector.id }).results) emulator.store.deleteSyncJob(job.id)
    const entries = Object.entries(connector.configuration)
    const [secretKey, secretField] = entries.find(([, field]) => field.sensitive === true)!
    const [plainKey, plainField] = entries.find(([, field]) => field.sensitive !== true && typeof field.value === 'string' && field.value !== '')!
    emulator.store.updateConnectorConfiguration(connector.id, { values: { [secretKey]: OLD_SECRET_MARKER } })

    const before = jobOf(emulator, connector.id, { status: 'completed', started_at: ago(7_200_000), completed_at: ago(7_000_000) })
    emulator.store.writeSyncJob(before, { created_at: ago(7_300_000) })

    const current = emulator.store.getConnectorDocument(connector.id)
    const now = new Date().toISOString()
    const rule: FilteringRule = { id: 'exclude-archive', order: 0, policy: 'exclude', field: 'path', rule: 'starts_with', value: '/archive', created_at: now, updated_at: now }
    const filtering = structuredClone(current.filtering)
    filtering[0]!.active.rules = [rule, ...filtering[0]!.active.rules.map((existing) => ({ ...existing, order: existing.order + 1 }))]
    emulator.store.writeConnector(connector.id, { filtering })
    emulator.store.updateConnectorConfiguration(connector.id, { values: { [secretKey]: NEW_SECRET, [plainKey]: 'changed-plain-value' } })
    const after = jobOf(emulator, connector.id, { status: 'error', started_at: ago(60_000), completed_at: ago(30_000), error: 'Sync rule rejected' })

    await renderConnector(connector.id, new RegExp(connector.name))
    const timeline = screen.getByRole('region', { name: 'What changed between its syncs' })
    const entry = (await within(timeline).findByText(/^Changed /)).closest('li')!
    expect(entry.textContent).toContain('Sync rule added: exclude path starts_with "/archive"')
    const secretLabel = (typeof secretField.label === 'string' && secretField.label) || secretKey
    const plainLabel = (typeof plainField.label === 'string' && plainField.label) || plainKey
    expect(entry.textContent).toContain(`${secretLabel} changed (hidden value)`)
    expect(entry.textContent).toContain(`${plainLabel}: ${JSON.stringify(plainField.value)} → "changed-plain-value"`)
    // The outcomes around the change: the completed job before it, the failed one that carried it.
    const outcomes = within(entry).getByText('Before').closest('dl')!
    expect(within(outcomes).getByRole('link', { name: before }).parentElement!.textContent).toContain('Completed')
    expect(within(outcomes).getByRole('link', { name: after }).parentElement!.textContent).toContain('Failed')
    // Neither value of the sensitive setting reaches the page.
    expect(document.body.textContent).not.toContain(NEW_SECRET)
    expect(document.body.textContent).not.toContain(OLD_SECRET_MARKER)
  })

  it('does not read an access-control job’s ACL index as an index name change', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    for (const job of emulator.store.listSyncJobs({ from: 0, size: 1000, connector_id: connector.id }).results) emulator.store.deleteSyncJob(job.id)
    const done = { status: 'completed' as const, started_at: ago(60_000), completed_at: ago(30_000) }
    const first = jobOf(emulator, connector.id, done)
    emulator.store.writeSyncJob(first, { created_at: ago(3_000) })
    const acl = jobOf(emulator, connector.id, done, 'access_control')
    emulator.store.writeSyncJob(acl, { created_at: ago(2_000) })
    expect(emulator.store.getSyncJob(acl).connector.index_name).toBe(`.search-acl-filter-${connector.index_name}`)
    jobOf(emulator, connector.id, done)
    await renderConnector(connector.id, new RegExp(connector.name))
    const timeline = screen.getByRole('region', { name: 'What changed between its syncs' })
    expect(await within(timeline).findByText('Nothing changed across these jobs.')).toBeTruthy()
  })
})
