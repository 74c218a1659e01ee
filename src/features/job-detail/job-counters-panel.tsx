// The job's counters as the worker last reported them, and while it runs, its live rate.
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { formatBytes, formatCount, formatRate, formatVolumeMiB } from '../../lib/format.ts'
import { useThroughput } from './use-throughput.ts'

export function JobCountersPanel({ job, observedAt }: { job: SyncJob; observedAt: number }) {
  const running = job.status === 'in_progress' || job.status === 'canceling'
  const throughput = useThroughput(job, observedAt, running)
  return (
    <section className="panel" aria-labelledby="job-counters-heading">
      <h2 id="job-counters-heading">Documents</h2>
      <dl className="counters">
        <div>
          <dt>Indexed</dt>
          <dd>{formatCount(job.indexed_document_count)}</dd>
        </div>
        <div>
          <dt>Deleted</dt>
          <dd>{formatCount(job.deleted_document_count)}</dd>
        </div>
        <div>
          <dt>Total in index</dt>
          <dd>{formatCount(job.total_document_count)}</dd>
        </div>
        <div>
          <dt>Volume</dt>
          <dd>{formatVolumeMiB(job.indexed_document_volume)}</dd>
        </div>
      </dl>
      {running ? (
        <p className="throughput">
          <span className="throughput-label">Throughput</span>{' '}
          {throughput ? (
            <>
              <span>{formatRate(throughput.documentsPerSecond)} documents</span>
              <span aria-hidden="true"> · </span>
              <span>{formatBytes(throughput.bytesPerSecond)}/s</span>
              <span className="muted"> (over the last {Math.round(throughput.windowMs / 1000)} s)</span>
            </>
          ) : (
            <span className="muted">measuring… (needs two refreshes)</span>
          )}
        </p>
      ) : null}
    </section>
  )
}
