// The "Connectors" table: one row per connector, sortable by health (worst first, the default), name,
// freshness and failure streak. It scrolls sideways inside a named region where the window is
// narrower than its columns (the connector's name stays in view); on a narrow screen it is a table of
// one column instead, each row a card (connector-card.tsx). It renders rows fifty at a time: a fleet of a thousand connectors would otherwise draw twenty thousand outcome marks at once,
// and the first screen would wait for all of them.
import { useRef, useState } from 'react'
import type { Insight } from '../../lib/connector-insights.ts'
import type { OverviewSort, SortDirection } from '../../lib/overview-filters.ts'
import { formatCount } from '../../lib/format.ts'
import { Button } from '../../components/ui/button.tsx'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'
import { SpacerRow } from '../../components/spacer-row.tsx'
import { FIRST_ROWS, LEAST_TABLE_ROWS, useRenderedCount } from '../../hooks/use-rendered-count.ts'
import { ConnectorCard } from './connector-card.tsx'
import { ConnectorRow } from './connector-row.tsx'
import type { FleetRow } from './fleet-rows.ts'
import { SortHeader } from './sort-header.tsx'

export const ROWS_STEP = 50
/** A connector card before it is drawn: 270 to 383 px at 412 px wide. */
const ESTIMATED_CARD_PX = 320

/** The columns, in order; their widths are the stylesheet's (a fixed layout that fills wide windows and scrolls in narrow ones). */
const COLUMNS = ['name', 'health', 'streak', 'activity', 'fresh', 'schedules', 'outcome', 'strip', 'checkin'] as const

const NO_INSIGHTS = new Map<string, Insight[]>()

export function ConnectorsTable({
  rows,
  sort,
  direction,
  onSort,
  insights = NO_INSIGHTS,
  observe,
  loading = false,
  cards = false,
}: {
  rows: readonly FleetRow[]
  sort: OverviewSort
  direction: SortDirection
  onSort: (sort: OverviewSort) => void
  insights?: ReadonlyMap<string, Insight[]>
  observe: (key: string) => (element: HTMLElement | null) => void
  loading?: boolean
  /** One card per connector (narrow screens) instead of a row of columns. */
  cards?: boolean
}) {
  const [limit, setLimit] = useState(ROWS_STEP)
  const shown = rows.slice(0, limit)
  const cardsBody = useRef<HTMLTableSectionElement>(null)
  // Drawn a slice per task (hooks/use-rendered-count.ts). On a phone the banners, chips and chart fill
  // the first screen (412 × 823 px: no card in view), so cards come a task after the page, and only a
  // screen ahead of the reader: two of twelve at load, the rest on scrolling down.
  const drawn = shown.slice(0, useRenderedCount(shown.length, cards ? 1 : FIRST_ROWS, cards ? 1 : LEAST_TABLE_ROWS, cards ? { aheadOf: cardsBody, firstLater: true } : {}))
  const undrawn = cards ? shown.length - drawn.length : 0
  const header = { current: sort, direction, onSort }
  return (
    <>
      {cards ? (
        <div className="connector-cards-wrap">
          <table className="data-table connector-cards" aria-label="Connectors" aria-busy={loading || undefined}>
            <thead>
              <tr>
                <th scope="col">Connector</th>
              </tr>
            </thead>
            <tbody ref={cardsBody}>
              {drawn.map((row) => (
                <tr key={row.connector.id} ref={observe(row.connector.id)} data-state={row.health.state}>
                  <td>
                    <ConnectorCard row={row} insights={insights.get(row.connector.id)} />
                  </td>
                </tr>
              ))}
              {undrawn > 0 ? <SpacerRow height={undrawn * ESTIMATED_CARD_PX} columnCount={1} /> : null}
            </tbody>
          </table>
        </div>
      ) : (
        <ScrollRegion className="table-wrap connectors-table-wrap" label="Connectors table, scrollable">
          <table className="data-table connectors-table" aria-label="Connectors" aria-busy={loading || undefined}>
            <colgroup>
              {COLUMNS.map((column) => (
                <col key={column} className={`width-${column}`} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <SortHeader sort="name" className="col-name" {...header}>
                  Connector
                </SortHeader>
                <SortHeader sort="severity" className="col-health" {...header}>
                  Health
                </SortHeader>
                <SortHeader sort="streak" className="col-streak num" hint="Failed syncs in a row since the last success" {...header}>
                  Failures in a row
                </SortHeader>
                <th scope="col" className="col-activity">
                  Now
                </th>
                <SortHeader sort="freshness" className="col-fresh" hint="When the newest successful content sync ended" {...header}>
                  Data fresh as of
                </SortHeader>
                <th scope="col" className="col-schedules">
                  Schedules
                </th>
                <th scope="col" className="col-outcome">
                  Last outcome
                </th>
                <th scope="col" className="col-strip">
                  Last 20 outcomes
                </th>
                <th scope="col" className="col-checkin" title="When its connector service last checked in (last_seen)">
                  Service check-in
                </th>
              </tr>
            </thead>
            <tbody>
              {drawn.map((row) => (
                <ConnectorRow key={row.connector.id} row={row} insights={insights.get(row.connector.id)} observe={observe(row.connector.id)} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {rows.length > shown.length ? (
        <div className="more-rows">
          <span className="muted">
            Showing {formatCount(shown.length)} of {formatCount(rows.length)} connectors.
          </span>
          <Button onClick={() => setLimit((current) => current + ROWS_STEP)}>Show {formatCount(Math.min(ROWS_STEP, rows.length - shown.length))} more</Button>
        </div>
      ) : null}
    </>
  )
}
