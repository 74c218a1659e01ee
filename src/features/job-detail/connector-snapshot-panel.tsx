// The connector as it was when the job was created (Elasticsearch copies it into the job): its sync
// rules, pipeline, configuration (secrets masked) and the sync cursor a claim left behind.
import type { SyncJobConnector } from '../../../contract/es-connector-types.ts'
import { ConfigurationTable } from './configuration-table.tsx'
import { FilteringRulesTable } from './filtering-rules-table.tsx'
import { JsonBlock } from './json-block.tsx'
import { PipelineSettings } from './pipeline-settings.tsx'

function hasAdvancedSnippet(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'object') return Object.keys(value).length > 0
  return value !== ''
}

export function ConnectorSnapshotPanel({ connector }: { connector: SyncJobConnector }) {
  const filtering = connector.filtering
  const snippet = filtering?.advanced_snippet?.value
  return (
    <section className="panel" aria-labelledby="job-snapshot-heading">
      <h2 id="job-snapshot-heading">Connector snapshot</h2>
      <p className="muted panel-intro">Copied from the connector when the job was created; later changes to the connector do not show here.</p>

      <h3>Sync rules</h3>
      {filtering ? (
        <>
          <FilteringRulesTable rules={filtering.rules ?? []} />
          <p className="validation">
            Validation: <strong>{filtering.validation?.state ?? 'unknown'}</strong>
            {filtering.validation?.errors?.length ? (
              <span>
                {' '}
                —{' '}
                {filtering.validation.errors.map((error) => `${error.ids.join(', ')}: ${error.messages.join(' ')}`).join('; ')}
              </span>
            ) : null}
          </p>
          <h3>Advanced sync rules</h3>
          {hasAdvancedSnippet(snippet) ? <JsonBlock value={snippet} label="Advanced sync rules JSON" /> : <p className="muted">None.</p>}
        </>
      ) : (
        <p className="muted">The snapshot has no sync rules.</p>
      )}

      <h3>Pipeline</h3>
      <PipelineSettings pipeline={connector.pipeline} />

      <h3>Configuration</h3>
      <ConfigurationTable configuration={connector.configuration} />

      <h3>Sync cursor</h3>
      {connector.sync_cursor !== undefined && connector.sync_cursor !== null ? (
        <JsonBlock value={connector.sync_cursor} label="Sync cursor JSON" />
      ) : (
        <p className="muted">No sync cursor (a claim may set one).</p>
      )}
    </section>
  )
}
