// The ingest pipeline settings of the snapshot.
import type { ConnectorPipeline } from '../../../contract/es-connector-types.ts'

const yesNo = (value: boolean | undefined) => (value === undefined ? '—' : value ? 'Yes' : 'No')

export function PipelineSettings({ pipeline }: { pipeline: ConnectorPipeline | undefined }) {
  if (!pipeline) return <p className="muted">No pipeline settings.</p>
  return (
    <dl className="facts">
      <dt>Name</dt>
      <dd className="mono wrap">{pipeline.name}</dd>
      <dt>Extract binary content</dt>
      <dd>{yesNo(pipeline.extract_binary_content)}</dd>
      <dt>Reduce whitespace</dt>
      <dd>{yesNo(pipeline.reduce_whitespace)}</dd>
      <dt>ML inference</dt>
      <dd>{yesNo(pipeline.run_ml_inference)}</dd>
    </dl>
  )
}
