// The connector's last finished syncs in two charts — how long each ran, and how many documents each
// indexed and deleted — each with its summary in words (read first by screen readers), a legend in
// words and the same numbers as a table for anyone who would rather read than look.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { SyncJobRow } from '../../../contract/es-connector-types.ts'
import { StatusBadge } from '../../components/status-badge.tsx'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'
import { paths } from '../../config/paths.ts'
import { formatCount, formatDuration } from '../../lib/format.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { formatUtc } from '../../lib/time.ts'
import { durationTicks, shortDuration } from './duration-ticks.ts'
import { SyncBarChart, type ChartBar } from './sync-bar-chart.tsx'
import { CHART_SYNCS, documentsName, documentsSummary, durationName, durationSummary, syncPoints, type SyncPoint } from './sync-points.ts'

function ChartFigure({
  id,
  title,
  summary,
  legend,
  children,
  table,
}: {
  id: string
  title: string
  summary: string
  legend: ReactNode
  children: ReactNode
  table: ReactNode
}) {
  return (
    <section className="panel chart-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-summary">{summary}</p>
      {children}
      <p className="chart-legend">
        {legend}
        <span className="muted">Older on the left, newest on the right; each bar opens its job.</span>
      </p>
      <details className="chart-table">
        <summary>Show the numbers as a table</summary>
        {table}
      </details>
    </section>
  )
}

function Swatch({ className, children }: { className: string; children: ReactNode }) {
  return (
    <span className="legend-item">
      <span className={`legend-swatch ${className}`} aria-hidden="true" />
      {children}
    </span>
  )
}

function PointTable({ label, points, columns }: { label: string; points: readonly SyncPoint[]; columns: { title: string; cell: (point: SyncPoint) => string }[] }) {
  return (
    <ScrollRegion label={label} className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Ended (UTC)</th>
            {columns.map((column) => (
              <th key={column.title} scope="col" className="num">
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.toReversed().map((point) => (
            <tr key={point.id}>
              <td>
                <Link to={paths.job(point.id)} className="mono">
                  {point.id}
                </Link>
              </td>
              <td>{JOB_TYPE_LABELS[point.jobType]}</td>
              <td>
                <StatusBadge status={point.status} />
              </td>
              <td className="nowrap">{formatUtc(point.ended)}</td>
              {columns.map((column) => (
                <td key={column.title} className="num">
                  {column.cell(point)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

export function SyncCharts({ rows }: { rows: readonly SyncJobRow[] }) {
  const points = syncPoints(rows)
  const count = points.length
  const heading = count < CHART_SYNCS ? `its ${count} finished syncs` : `its last ${CHART_SYNCS} finished syncs`
  if (count === 0) {
    return (
      <section className="panel chart-panel" aria-labelledby="connector-charts-empty">
        <h2 id="connector-charts-empty">Sync durations and documents</h2>
        <p className="muted">No finished sync among its recent jobs yet: the charts appear once one has run.</p>
      </section>
    )
  }
  const durationBars: ChartBar[] = points.map((point) => ({ id: point.id, name: durationName(point), up: point.durationMs, upClass: `bar-${point.status}` }))
  const documentBars: ChartBar[] = points.map((point) => ({
    id: point.id,
    name: documentsName(point),
    up: point.indexed,
    down: point.deleted,
    upClass: 'bar-indexed',
    downClass: 'bar-deleted',
  }))
  return (
    <div className="chart-grid">
      <ChartFigure
        id="duration-chart"
        title={`Duration of ${heading}`}
        summary={durationSummary(points)}
        legend={
          <>
            <Swatch className="bar-completed">Completed</Swatch>
            <Swatch className="bar-error">Failed</Swatch>
            <Swatch className="bar-canceled">Canceled</Swatch>
          </>
        }
        table={<PointTable label="Sync durations" points={points} columns={[{ title: 'Duration', cell: (point) => formatDuration(point.durationMs) }]} />}
      >
        <SyncBarChart
          label="Sync durations, one link per sync"
          bars={durationBars}
          format={shortDuration}
          ticks={durationTicks(Math.max(...points.map((point) => point.durationMs)))}
        />
      </ChartFigure>
      <ChartFigure
        id="documents-chart"
        title={`Documents indexed and deleted by ${heading}`}
        summary={documentsSummary(points)}
        legend={
          <>
            <Swatch className="bar-indexed">Indexed (above the line)</Swatch>
            <Swatch className="bar-deleted">Deleted (below the line)</Swatch>
          </>
        }
        table={
          <PointTable
            label="Documents per sync"
            points={points}
            columns={[
              { title: 'Indexed', cell: (point) => formatCount(point.indexed) },
              { title: 'Deleted', cell: (point) => formatCount(point.deleted) },
            ]}
          />
        }
      >
        <SyncBarChart label="Documents indexed and deleted, one link per sync" bars={documentBars} format={formatCount} />
      </ChartFigure>
    </div>
  )
}
