// The jobs list at /jobs: every sync job across connectors, filtered and paged from the URL, newest
// first on any Elasticsearch version, refreshed live, with a state for every way it can be empty. On
// a narrow screen the filters fold away and each job is a card.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useLocation } from 'react-router'
import { clusterQueries, connectorQueries, syncJobKeys } from '../../api/queries.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { useHeadingFocus } from '../../hooks/use-heading-focus.ts'
import { ObservedClock } from '../../hooks/observed-clock.tsx'
import { hasFilters } from '../../lib/job-filters.ts'
import { noticeFrom } from '../../lib/navigation-notice.ts'
import { reachablePages, totalPages } from '../../lib/paging.ts'
import { ExportMenu } from './export-menu.tsx'
import { FailureGroupsSection } from './failure-groups-section.tsx'
import { FiltersBar } from './filters-bar.tsx'
import { joinConnectors } from './job-row.ts'
import { BulkArea } from './bulk/bulk-area.tsx'
import { matchingFetcher } from './bulk/matching-jobs.ts'
import { JobsTable } from './jobs-table.tsx'
import { VIRTUAL_THRESHOLD } from './large-page.ts'
import { CutStreamsNote, ListNotice, type NoticeKind } from './list-notice.tsx'
import { NewJobLink } from './new-job-link.tsx'
import { Pager } from './pager.tsx'
import { pollInterval } from './polling.ts'
import { RefreshIndicator } from './refresh-indicator.tsx'
import { SkipToPager } from './skip-to-pager.tsx'
import { CountedStatusChips } from './counted-status-chips.tsx'
import { useJobFilters } from './use-job-filters.ts'
import { useJobList } from './use-job-list.ts'
import { useNarrowScreen } from '../../hooks/use-narrow-screen.ts'
import './jobs-list.css'
import { PageTitle } from '../../components/page-title.tsx'

const PAGER_ID = 'jobs-pager'

export default function JobsPage() {
  const client = useQueryClient()
  const headingRef = useHeadingFocus()
  const { filters, setFilters, setPage, setPageSize, clear } = useJobFilters()
  const narrow = useNarrowScreen()
  // E.g. "Deleted sync job X." after the job page's Delete; it lasts until the next navigation.
  const handedNotice = noticeFrom(useLocation().state)
  const connectors = useQuery(connectorQueries.all())
  const list = useJobList(filters, connectors.data)
  const config = useQuery(clusterQueries.serverConfig())
  const interval = pollInterval(list.data)
  // The counts and the failure groups read their own data, a task and two after the rows are in
  // (counted-status-chips.tsx, failure-groups-section.tsx).
  const rowsIn = list.data !== undefined || list.isError
  const oneConnector = filters.connectorIds.length === 1 ? (filters.connectorIds[0] ?? '') : ''

  const connectorsById = useMemo(() => new Map((connectors.data ?? []).map((connector) => [connector.id, connector])), [connectors.data])
  const connectorsState = connectors.isSuccess ? 'loaded' : connectors.isError ? 'failed' : 'loading'
  const rows = useMemo(
    () => (list.data ? joinConnectors(list.data.jobs, connectorsById, connectorsState) : undefined),
    [list.data, connectorsById, connectorsState],
  )

  const data = list.data
  const newJob = <NewJobLink connectorId={oneConnector} readOnly={config.data?.readOnly ?? false} />
  let notice: NoticeKind | undefined
  if (data?.kind === 'beyond-window' || data?.kind === 'out-of-range') notice = data.kind
  else if (data && data.count === 0) notice = hasFilters(filters) ? 'no-match' : 'no-jobs'
  const lastPage =
    data === undefined
      ? undefined
      : data.kind === 'beyond-window'
        ? reachablePages({ order: data.order, count: data.count, size: filters.size })?.last
        : totalPages(data.count, filters.size)

  const refresh = () => Promise.all([list.refetch(), client.refetchQueries({ queryKey: syncJobKeys.counts(), type: 'active' })])

  return (
    <section className="page jobs-page">
      <PageTitle>Sync jobs · Syncboard</PageTitle>
      <div className="page-header">
        <h1 ref={headingRef} tabIndex={-1}>
          Sync jobs
        </h1>
        <span className="header-spacer" />
        <RefreshIndicator updatedAt={list.dataUpdatedAt} intervalMs={interval} fetching={list.isFetching} failing={list.isError} onRefresh={refresh} />
        {/* A line of their own on a phone (jobs-list.css): see .page-actions. */}
        <div className="page-actions">
          <ExportMenu filters={filters} connectors={connectors.data} />
          {newJob}
        </div>
      </div>

      {handedNotice ? (
        <output className="notice success">{handedNotice}</output>
      ) : null}

      <FiltersBar filters={filters} connectors={connectors.data} onChange={setFilters} onClear={clear} folding={narrow} />
      {/* In its place from the first paint (it reads after the rows): see failure-groups-panel.tsx. */}
      <FailureGroupsSection
        filters={filters}
        connectors={connectors.data}
        connectorsById={connectorsById}
        connectorsLoaded={connectors.isSuccess}
        page={list.data}
        rowsIn={rowsIn}
        hidden={list.isError && !list.data}
      />
      {/* The chips stay right before the rows: from the last one, Tab reaches "Skip to pagination". */}
      <CountedStatusChips
        filters={filters}
        connectors={connectors.data}
        page={list.data}
        pageSettled={!list.isPlaceholderData}
        rowsIn={rowsIn}
        onSelect={(statuses) => setFilters({ statuses })}
      />

      {list.error ? <ErrorPanel error={list.error} onRetry={() => void refresh()} retrying={list.isFetching} compact={data !== undefined} /> : null}
      {list.error && data !== undefined ? <p className="muted stale-note">Showing the jobs as they were at the last successful refresh.</p> : null}

      {data && data.count > 0 && !notice ? <SkipToPager target={PAGER_ID} /> : null}
      {/* Selection, bulk actions and their results (bulk/); mounted even while the list fails, so a running action stays in view. */}
      <BulkArea
        rows={notice ? [] : rows}
        fetchMatching={matchingFetcher(filters, connectors.data)}
        count={data?.count}
        readOnly={config.data?.readOnly ?? false}
        connectors={connectors.data}
        settled={!list.isPlaceholderData}
      >
        {(shown) =>
          list.isError && data === undefined ? null : (
            // Durations and flags stand still while the list cannot be refreshed (see ObservedClock).
            <ObservedClock updatedAt={list.dataUpdatedAt} failing={list.isError}>
              <JobsTable rows={shown} loading={list.isPending} stale={list.isPlaceholderData} virtualLikely={filters.size > VIRTUAL_THRESHOLD && list.data !== undefined} cards={narrow} />
            </ObservedClock>
          )
        }
      </BulkArea>
      {notice && data ? (
        <ListNotice
          kind={notice}
          page={filters.page}
          lastPage={lastPage}
          order={data.order}
          onClear={clear}
          onPage={setPage}
          newJob={newJob}
          unknownConnectorId={oneConnector && connectors.isSuccess && !connectorsById.has(oneConnector) ? oneConnector : undefined}
        />
      ) : null}
      {data && data.cut.length > 0 && data.kind === 'rows' ? <CutStreamsNote streams={data.cut} /> : null}

      {data && data.count > 0 ? (
        <Pager
          id={PAGER_ID}
          page={filters.page}
          size={filters.size}
          count={data.count}
          countAtLeast={!data.countExact}
          shown={data.jobs.length}
          onPage={setPage}
          onSize={setPageSize}
        />
      ) : null}
    </section>
  )
}
