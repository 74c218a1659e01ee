// The free-form metadata a worker attached to the job (via `_stats`).
import { JsonBlock } from './json-block.tsx'

export function JobMetadataPanel({ metadata }: { metadata: Record<string, unknown> | undefined }) {
  const empty = !metadata || Object.keys(metadata).length === 0
  return (
    <section className="panel" aria-labelledby="job-metadata-heading">
      <h2 id="job-metadata-heading">Metadata</h2>
      {empty ? <p className="muted">No metadata.</p> : <JsonBlock value={metadata} label="Metadata JSON" />}
    </section>
  )
}
