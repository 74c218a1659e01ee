// The workers page at /workers: every connector-service host (`worker_hostname`) seen in the jobs
// window — what it runs now, its freshest heartbeat, its completed and failed jobs and its failure rate
// against the rest of the fleet (flagged when it fails far more often: lib/worker-stats.ts), and its
// indexing rate. Each host links to its jobs, listed here (`?host=`): Elasticsearch cannot list sync
// jobs by worker, so the jobs list cannot either. Refreshed with the overview's window, every 30 s
// while the tab is visible.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { FLEET_REFRESH_MS, fleetKeys, fleetQueries } from '../../api/fleet.ts'
import { WORKER_HOST_PARAM } from '../../config/paths.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { RefreshNote } from '../../components/refresh-note.tsx'
import { ObservedClock } from '../../hooks/observed-clock.tsx'
import { useHeadingFocus } from '../../hooks/use-heading-focus.ts'
import { useNarrowScreen } from '../../hooks/use-narrow-screen.ts'
import { formatCount } from '../../lib/format.ts'
import { formatUtc } from '../../lib/time.ts'
import { workerStats } from '../../lib/worker-stats.ts'
import { HostJobs } from './host-jobs.tsx'
import { WorkersTable } from './workers-table.tsx'
import './workers.css'
import { PageTitle } from '../../components/page-title.tsx'

export default function WorkersPage() {
  const client = useQueryClient()
  const headingRef = useHeadingFocus()
  const [params] = useSearchParams()
  const host = params.get(WORKER_HOST_PARAM)?.trim() || undefined
  const jobWindow = useQuery(fleetQueries.window())
  const connectors = useQuery(fleetQueries.connectors())
  const now = jobWindow.dataUpdatedAt
  const data = jobWindow.data
  const stats = useMemo(() => (data ? workerStats(data.jobs, now) : undefined), [data, now])
  const names = useMemo(() => new Map((connectors.data ?? []).map((connector) => [connector.id, connector.name || connector.id])), [connectors.data])
  const narrow = useNarrowScreen()
  const refresh = () => void client.refetchQueries({ queryKey: fleetKeys.window() })

  return (
    <section className="page workers-page">
      <PageTitle>Workers · Syncboard</PageTitle>
      <div className="page-header">
        <h1 ref={headingRef} tabIndex={-1}>
          Workers
        </h1>
        <span className="header-spacer" />
        <RefreshNote updatedAt={jobWindow.dataUpdatedAt} fetching={jobWindow.isFetching} onRefresh={refresh} intervalMs={FLEET_REFRESH_MS} />
      </div>
      {data ? (
        <p className="muted window-note">
          From the newest {formatCount(data.jobs.length)} sync jobs
          {data.oldestCreated !== undefined ? `, created since ${formatUtc(data.oldestCreated)}` : ''}
          {data.complete ? ' (every job on the cluster)' : ''}.
        </p>
      ) : null}

      {jobWindow.error ? <ErrorPanel error={jobWindow.error} onRetry={refresh} retrying={jobWindow.isFetching} compact={data !== undefined} /> : null}
      {jobWindow.isPending && !jobWindow.error ? <output className="muted">Reading the newest sync jobs…</output> : null}

      {data && stats ? (
        <ObservedClock updatedAt={jobWindow.dataUpdatedAt} failing={jobWindow.isError}>
          {!data.reachable ? (
            <p className="notice warning">
              This cluster lists sync jobs oldest first (Elasticsearch 8.12) and holds 10,000 or more, so its newest jobs — and the
              hosts running them — cannot be located.
            </p>
          ) : stats.length === 0 ? (
            <section className="notice" aria-labelledby="no-workers">
              <h2 id="no-workers">No worker has claimed a job</h2>
              <p>None of these sync jobs was claimed by a connector service yet, so there is no worker host to show.</p>
            </section>
          ) : (
            <WorkersTable stats={stats} current={host} cards={narrow} />
          )}
          {host ? <HostJobs key={host} host={host} jobs={data.jobs} connectorNames={names} /> : null}
        </ObservedClock>
      ) : null}
    </section>
  )
}
