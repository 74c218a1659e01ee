// The job document as Elasticsearch returned it, with sensitive configuration masked — also in what
// the copy button puts on the clipboard.
import { useMemo } from 'react'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { CopyButton } from '../../components/copy-button.tsx'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'
import { maskJob } from '../../lib/mask.ts'

export function RawJsonPanel({ job }: { job: SyncJob }) {
  const json = useMemo(() => JSON.stringify(maskJob(job), null, 2), [job])
  return (
    <section className="panel" aria-labelledby="job-json-heading">
      <div className="panel-title-row">
        <h2 id="job-json-heading">Raw JSON</h2>
        <CopyButton value={json} label="Copy JSON" />
      </div>
      <p className="muted panel-intro">Sensitive configuration values are masked.</p>
      <details className="raw-json">
        <summary>Show the job document</summary>
        <ScrollRegion as="pre" className="code-block" label="Job document JSON">
          {json}
        </ScrollRegion>
      </details>
    </section>
  )
}
