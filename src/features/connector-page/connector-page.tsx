// The connector page `/connectors/:id`: one connector's health and schedules, its actions (Sync now,
// Cancel active syncs), insights across its recent syncs, charts of their durations and documents,
// what changed in its snapshot between jobs, and its newest jobs. It refreshes every 30 s (the snapshots
// every 2 min; slower while reads are slow or failing: lib/polling-policy.ts) while the
// tab is visible. An unknown id is "no such connector", not an error screen; cluster failures show in
// the error panel, and the parts that did load stay.
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useParams } from 'react-router'
import { CONNECTOR_PAGE_PACE, connectorHistoryQueries, connectorPageInterval, SNAPSHOTS_PACE, type RecentSnapshots } from '../../api/connector-history.ts'
import type { EsError } from '../../api/es-error.ts'
import type { NewestFirstPage } from '../../api/sync-job-pages.ts'
import type { ConnectorDocument } from '../../../contract/es-connector-types.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { ObservedClock } from '../../hooks/observed-clock.tsx'
import { useNow } from '../../hooks/use-now.ts'
import { connectorHealth } from '../../lib/connector-health.ts'
import { connectorInsights } from '../../lib/connector-insights.ts'
import { describeError } from '../../lib/describe-error.ts'
import { ChangeTimeline } from './change-timeline.tsx'
import { comparableSnapshots } from './comparable-snapshots.ts'
import { ConnectorActions } from './connector-actions.tsx'
import { ConnectorHeader } from './connector-header.tsx'
import { ConnectorHeading } from './connector-heading.tsx'
import { InsightsList } from './insights-list.tsx'
import { NoSuchConnector } from './no-such-connector.tsx'
import { RecentJobs } from './recent-jobs.tsx'
import { RefreshLine } from './refresh-line.tsx'
import { SyncCharts } from './sync-charts.tsx'
import './connector-page.css'
import { PageTitle } from '../../components/page-title.tsx'

/** The document and rows refresh this often while the tab is visible (React Query pauses intervals in hidden tabs). */
export const REFRESH_MS = CONNECTOR_PAGE_PACE.idleMs

export default function ConnectorPage() {
  const { id = '' } = useParams()
  // Keyed by id: another connector's page starts with fresh state.
  return <ConnectorView key={id} id={id} />
}

function ConnectorView({ id }: { id: string }) {
  // A deleted connector does not come back; slow or failing reads back off (lib/polling-policy.ts).
  const connector = useQuery({ ...connectorHistoryQueries.document(id), refetchInterval: connectorPageInterval(CONNECTOR_PAGE_PACE) })
  const rows = useQuery({ ...connectorHistoryQueries.rows(id), refetchInterval: connectorPageInterval(CONNECTOR_PAGE_PACE) })
  const snapshots = useQuery({ ...connectorHistoryQueries.snapshots(id), refetchInterval: connectorPageInterval(SNAPSHOTS_PACE) })

  if (connector.error?.status === 404) return <NoSuchConnector id={id} />

  if (connector.data === undefined || (rows.data === undefined && !rows.isError)) {
    const error = connector.data === undefined ? connector.error : null
    return (
      <section className="page connector-page" aria-busy={error ? undefined : true}>
        <PageTitle>{`Connector ${id} · Syncboard`}</PageTitle>
        <ConnectorHeading>Connector {id}</ConnectorHeading>
        {error ? (
          <ErrorPanel error={error} onRetry={() => void connector.refetch()} retrying={connector.isFetching} />
        ) : (
          <output className="muted">
            Loading the connector and its jobs…
            {connector.failureReason ? ` ${describeError(connector.failureReason).title} (${connector.failureReason.type}): trying again.` : null}
          </output>
        )}
      </section>
    )
  }

  const failing = connector.isError || rows.isError || snapshots.isError
  const updatedAt = Math.min(connector.dataUpdatedAt, rows.dataUpdatedAt || connector.dataUpdatedAt)
  return (
    <section className="page connector-page" aria-labelledby="connector-heading">
      {/* Ages and health stand still while the page cannot be refreshed (see ObservedClock). */}
      <ObservedClock updatedAt={updatedAt} failing={failing}>
        <ConnectorBody
          connector={connector.data}
          rows={rows}
          snapshots={snapshots}
          refreshLine={
            <RefreshLine
              updatedAt={updatedAt}
              everyMs={REFRESH_MS}
              fetching={connector.isFetching || rows.isFetching || snapshots.isFetching}
              error={connector.error ?? rows.error ?? snapshots.error ?? undefined}
            />
          }
        />
      </ObservedClock>
    </section>
  )
}

/** A retry button's handler for one of the page's queries. */
const retry = (query: UseQueryResult<unknown, EsError>) => () => void query.refetch()

function ConnectorBody({
  connector,
  rows,
  snapshots,
  refreshLine,
}: {
  connector: ConnectorDocument
  rows: UseQueryResult<NewestFirstPage, EsError>
  snapshots: UseQueryResult<RecentSnapshots, EsError>
  refreshLine: ReactNode
}) {
  // Health changes with time (late schedules, a silent service): re-read every 15 s.
  const now = useNow(15_000)
  const page = rows.data
  const jobs = page?.kind === 'rows' ? page.jobs : []
  const health = connectorHealth(connector, jobs, now, { capped: page !== undefined && page.count > jobs.length })
  const insights = snapshots.data ? connectorInsights(comparableSnapshots(snapshots.data.jobs), [connector], now) : undefined
  return (
    <>
      <PageTitle>{`${health.name} · ${health.state} · Syncboard`}</PageTitle>
      <ConnectorHeader connector={connector} health={health} />
      {refreshLine}
      <ConnectorActions connector={connector} />
      {insights ? (
        <InsightsList insights={insights} jobCount={snapshots.data!.jobs.length} />
      ) : snapshots.isError ? null : (
        <output className="muted">Reading the snapshots of its recent jobs…</output>
      )}
      {page ? <SyncCharts rows={jobs} /> : null}
      {snapshots.data ? <ChangeTimeline snapshots={snapshots.data} connectorId={connector.id} /> : null}
      {snapshots.isError && !snapshots.data ? (
        <section className="panel" aria-label="Insights and changes">
          <p>Its recent jobs’ snapshots could not be read, so the insights and the change timeline are missing.</p>
          <ErrorPanel error={snapshots.error} onRetry={retry(snapshots)} retrying={snapshots.isFetching} compact />
        </section>
      ) : null}
      {page ? (
        <RecentJobs page={page} connectorId={connector.id} label={page.jobs.length === 0 ? 'Its sync jobs' : `Its last ${page.jobs.length} sync jobs`} />
      ) : rows.isError ? (
        <section className="panel" aria-label="Its jobs">
          <p>Its jobs could not be read: its health comes from the connector document alone.</p>
          <ErrorPanel error={rows.error} onRetry={retry(rows)} retrying={rows.isFetching} compact />
        </section>
      ) : null}
    </>
  )
}
