// The connectors overview at /connectors, the landing page: which connectors are unhealthy, since
// when, and what failed overnight. Above the table: counts per health state as chips that filter,
// banners for fleet-wide trouble, and the chart of sync outcomes (loaded once the table is on
// screen). Filters, sort and the chart's period live in the URL. Every state says what happened:
// loading, no connectors, no match, all healthy, and each way the cluster can fail.
import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { FLEET_REFRESH_MS, fleetKeys } from '../../api/fleet.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { Button } from '../../components/ui/button.tsx'
import { ObservedClock } from '../../hooks/observed-clock.tsx'
import { useHeadingFocus } from '../../hooks/use-heading-focus.ts'
import { formatCount } from '../../lib/format.ts'
import { changeOverview, clearOverviewFilters, hasOverviewFilters, nextSort, parseOverviewFilters, type OverviewFilters } from '../../lib/overview-filters.ts'
import { ConnectorsTable } from './connectors-table.tsx'
import { FleetBanners } from './fleet-banners.tsx'
import { countByState, matchingRows, sortRows } from './fleet-rows.ts'
import { HealthChips } from './health-chips.tsx'
import { OverviewFiltersBar } from './overview-filters-bar.tsx'
import { RefreshNote } from '../../components/refresh-note.tsx'
import { ChartSlot } from './chart-slot.tsx'
import { useFleet } from './use-fleet.ts'
import { useInsights } from './use-insights.ts'
import { useNarrowScreen } from '../../hooks/use-narrow-screen.ts'
import { useOnScreen } from './use-on-screen.ts'
import { SortSelect } from './sort-select.tsx'
import './connectors-overview.css'
import { PageTitle } from '../../components/page-title.tsx'

export default function ConnectorsPage() {
  const client = useQueryClient()
  const headingRef = useHeadingFocus()
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => parseOverviewFilters(params), [params])
  const update = (change: Partial<OverviewFilters>, replace = false) => setParams((prev) => changeOverview(prev, change), { replace })
  const onScreen = useOnScreen()
  const narrow = useNarrowScreen()
  const { connectors, jobWindow, rows, now } = useFleet(onScreen)

  // The insights' code loads once the rows are drawn (their effects run after the paint).
  const insights = useInsights(jobWindow.data, connectors.data, now, rows !== undefined, rows, onScreen)

  const matching = useMemo(() => (rows ? matchingRows(rows, filters) : []), [rows, filters])
  const counts = useMemo(() => countByState(matching), [matching])
  const shown = useMemo(
    () => sortRows(filters.health.length > 0 ? matching.filter((row) => filters.health.includes(row.health.state)) : matching, filters.sort, filters.direction),
    [matching, filters.health, filters.sort, filters.direction],
  )
  const serviceTypes = useMemo(
    () => [...new Set((connectors.data ?? []).map((connector) => connector.service_type).filter((type): type is string => Boolean(type)))].sort(),
    [connectors.data],
  )
  const connectorNames = useMemo(() => new Map((connectors.data ?? []).map((connector) => [connector.id, connector.name || connector.id])), [connectors.data])

  const error = connectors.error ?? jobWindow.error
  const fetching = connectors.isFetching || jobWindow.isFetching
  const refresh = () => void Promise.all([client.refetchQueries({ queryKey: fleetKeys.connectors() }), client.refetchQueries({ queryKey: fleetKeys.window() })])
  const updatedAt = Math.min(connectors.dataUpdatedAt, jobWindow.dataUpdatedAt)
  const filtered = hasOverviewFilters(filters)
  const clear = () => setParams((prev) => clearOverviewFilters(prev))

  return (
    <section className="page connectors-page">
      <PageTitle>Connectors · Syncboard</PageTitle>
      <div className="page-header">
        <h1 ref={headingRef} tabIndex={-1}>
          Connectors
        </h1>
        <span className="header-spacer" />
        <RefreshNote updatedAt={updatedAt} fetching={fetching} onRefresh={refresh} intervalMs={FLEET_REFRESH_MS} />
      </div>

      {error ? <ErrorPanel error={error} onRetry={refresh} retrying={fetching} compact={rows !== undefined} /> : null}
      {error && rows !== undefined ? <p className="muted stale-note">Showing the connectors as they were at the last successful refresh.</p> : null}

      {rows === undefined && !error ? (
        <>
          <output className="muted loading-note">Reading the connectors and their newest sync jobs…</output>
          <ConnectorsTable rows={[]} loading sort={filters.sort} direction={filters.direction} onSort={() => undefined} observe={onScreen.observe} cards={narrow} />
        </>
      ) : null}

      {rows !== undefined && rows.length === 0 ? (
        <section className="notice empty-state" aria-labelledby="no-connectors">
          <h2 id="no-connectors">No connectors yet</h2>
          <p>
            This cluster has no connectors. Create one in Kibana (Search → Connectors) or with the API, e.g.{' '}
            <code>PUT _connector/my-connector</code>, then run its connector service; its syncs will show here.
          </p>
        </section>
      ) : null}

      {rows !== undefined && rows.length > 0 && jobWindow.data && connectors.data ? (
        // Ages and "since" stand still while the cluster cannot be read (see ObservedClock).
        <ObservedClock updatedAt={updatedAt} failing={Boolean(error)}>
          {!jobWindow.data.reachable ? (
            <p className="notice warning">
              This cluster lists sync jobs oldest first (Elasticsearch 8.12) and holds 10,000 or more, so its newest jobs cannot be
              located: health comes from the connector documents and from each connector’s own jobs as its row comes on screen, and
              the outcome chart is left out.
            </p>
          ) : null}
          <FleetBanners rows={rows} connectors={connectors.data} jobs={jobWindow.data.jobs} now={now} />
          <HealthChips counts={counts} total={matching.length} current={filters.health} onChange={(health) => update({ health })} />
          {counts.Healthy === rows.length ? (
            <p className="notice success all-healthy">
              All {formatCount(rows.length)} {rows.length === 1 ? 'connector is' : 'connectors are'} healthy: their syncs succeed and run on schedule.
            </p>
          ) : null}

          {jobWindow.data.reachable ? (
            <ChartSlot window={jobWindow.data} now={now} period={filters.period} onPeriod={(period) => update({ period }, true)} connectorNames={connectorNames} />
          ) : null}

          <div className="table-bar">
            <h2 className="table-title">
              {shown.length === rows.length ? `${formatCount(rows.length)} connectors` : `${formatCount(shown.length)} of ${formatCount(rows.length)} connectors`}
            </h2>
            <OverviewFiltersBar
              filters={filters}
              serviceTypes={serviceTypes}
              onSearch={(search) => update({ search }, true)}
              onServiceType={(serviceType) => update({ serviceType })}
              onClear={clear}
              canClear={filtered}
            />
            {narrow ? <SortSelect sort={filters.sort} onSort={(change) => update(change)} /> : null}
          </div>
          <ConnectorsTable
            rows={shown}
            sort={filters.sort}
            direction={filters.direction}
            onSort={(sort) => update(nextSort(filters, sort))}
            insights={insights}
            observe={onScreen.observe}
            cards={narrow}
          />
          {shown.length === 0 ? (
            <section className="notice" aria-labelledby="no-match">
              <h2 id="no-match">No connector matches these filters</h2>
              <Button onClick={clear}>Clear filters</Button>
            </section>
          ) : null}
        </ObservedClock>
      ) : null}
    </section>
  )
}
