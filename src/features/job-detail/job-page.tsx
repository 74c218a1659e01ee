// The job page `/jobs/:id`: everything about one sync job, the actions an operator may take on it,
// and live updates while it is active. An unknown id is "no such sync job", not an error screen; a job
// that cannot be loaded because the cluster is unreachable is tried again until it loads.
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useLocation, useParams } from 'react-router'
import type { EsError } from '../../api/es-error.ts'
import { syncJobQueries } from '../../api/queries.ts'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { ObservedClock } from '../../hooks/observed-clock.tsx'
import { describeError } from '../../lib/describe-error.ts'
import { STATUS_LABELS } from '../../lib/labels.ts'
import { isMovingStatus } from '../../lib/job-status.ts'
import { JobActionsPanel } from './actions/job-actions-panel.tsx'
import { ConnectorSnapshotPanel } from './connector-snapshot-panel.tsx'
import { JobCountersPanel } from './job-counters-panel.tsx'
import { JobErrorText } from './job-error-text.tsx'
import { JobHeader } from './job-header.tsx'
import { JobHeading } from './job-heading.tsx'
import { JobMetadataPanel } from './job-metadata-panel.tsx'
import { JobSummaryPanel } from './job-summary-panel.tsx'
import { JobTimelinePanel } from './job-timeline-panel.tsx'
import { NoSuchJob } from './no-such-job.tsx'
import { isPolledStatus, jobRefetchInterval, RELOAD_INTERVAL_MS, SUSPENDED_POLL_MS } from './polling.ts'
import { RawJsonPanel } from './raw-json-panel.tsx'
import { RefreshStatus, type RefreshPlan } from './refresh-status.tsx'
import { noticeFrom } from '../../lib/navigation-notice.ts'
import './job-detail.css'
import { PageTitle } from '../../components/page-title.tsx'

export default function JobPage() {
  const { id = '' } = useParams()
  // Keyed by id: "Run again" navigates to another job, whose page must start with fresh state.
  return <JobView key={id} id={id} />
}

function planFor(job: SyncJob): RefreshPlan {
  if (isMovingStatus(job.status)) return { kind: 'moving' }
  if (isPolledStatus(job.status)) return { kind: 'suspended', everyMs: SUSPENDED_POLL_MS }
  return { kind: 'finished' }
}

function JobView({ id }: { id: string }) {
  const location = useLocation()
  const job = useQuery({
    ...syncJobQueries.detail(id),
    refetchInterval: jobRefetchInterval,
  })
  // Why the job has not loaded: kept while the next attempt runs (a query without data is "pending"
  // again while it retries), so the page does not flip back to "Loading…" every time it tries.
  const [loadError, setLoadError] = useState<EsError>()
  if (job.data === undefined && job.isError && job.error !== loadError) setLoadError(job.error)
  if (job.data !== undefined && loadError !== undefined) setLoadError(undefined)

  const error = job.data === undefined ? (job.error ?? loadError) : undefined
  if (job.error?.status === 404 || error?.status === 404) return <NoSuchJob id={id} />

  if (job.data === undefined && error === undefined) {
    return (
      <section className="page job-page" aria-busy="true">
        <JobHeading>Sync job {id}</JobHeading>
        <output className="muted">
          Loading the sync job…
          {job.failureReason ? ` ${describeError(job.failureReason).title} (${job.failureReason.type}): trying again.` : null}
        </output>
      </section>
    )
  }

  if (job.data === undefined) {
    return (
      <section className="page job-page">
        <JobHeading>Sync job {id}</JobHeading>
        {error?.isTransient ? (
          <RefreshStatus updatedAt={0} plan={{ kind: 'reloading', everyMs: RELOAD_INTERVAL_MS }} fetching={job.isFetching} error={error} />
        ) : null}
        {error ? <ErrorPanel error={error} onRetry={() => void job.refetch()} retrying={job.isFetching} /> : null}
      </section>
    )
  }

  const data: SyncJob = job.data
  return (
    <section className="page job-page" aria-labelledby="job-heading">
      <PageTitle>{`Sync job ${data.id} · ${STATUS_LABELS[data.status]} · Syncboard`}</PageTitle>
      {/* Durations and flags stand still while the job cannot be refreshed (see ObservedClock). */}
      <ObservedClock updatedAt={job.dataUpdatedAt} failing={job.isError}>
        <JobHeader job={data} />
        <RefreshStatus updatedAt={job.dataUpdatedAt} plan={planFor(data)} fetching={job.isFetching} error={job.isError ? job.error : undefined} />
        <JobActionsPanel job={data} initialNotice={noticeFrom(location.state)} />
        {data.error !== undefined ? <JobErrorText error={data.error} /> : null}
        <div className="job-grid">
          <JobSummaryPanel job={data} />
          <JobTimelinePanel job={data} />
          <JobCountersPanel job={data} observedAt={job.dataUpdatedAt} />
        </div>
        <JobMetadataPanel metadata={data.metadata} />
        <ConnectorSnapshotPanel connector={data.connector} />
        <RawJsonPanel job={data} />
      </ObservedClock>
    </section>
  )
}
