// The jobs table's columns (react-table 9, core features only: the server filters and pages) and
// their fixed widths, so that nothing moves when polled values change; and the single column of the
// narrow layout, one card per job. The Job column's header and cells hold the selection checkboxes.
import { createColumnHelper, tableFeatures } from '@tanstack/react-table'
import { TimeLabel } from '../../components/time-label.tsx'
import { formatCount, formatVolumeMiB } from '../../lib/format.ts'
import { ConnectorCell } from './connector-cell.tsx'
import { DurationCell, HeartbeatCell, WaitCell } from './elapsed-cells.tsx'
import { ErrorCell } from './error-cell.tsx'
import { JobCard } from './job-card.tsx'
import { JobIdCell } from './job-id-cell.tsx'
import type { JobRow } from './job-row.ts'
import { PageSelectBox } from './bulk/select-boxes.tsx'
import { StatusCell } from './status-cell.tsx'
import { WatchButton } from './watch-button.tsx'
import { JOB_TYPE_LABELS, TRIGGER_METHOD_LABELS } from '../../lib/labels.ts'

export const jobTableFeatures = tableFeatures({})
const col = createColumnHelper<typeof jobTableFeatures, JobRow>()

export const jobColumns = col.columns([
  col.accessor((row) => row.job.id, {
    id: 'id',
    header: () => (
      <span className="id-header">
        <PageSelectBox />
        Job
      </span>
    ),
    cell: (info) => (
      <span className="id-watch">
        <JobIdCell id={info.getValue()} job={info.row.original.job} />
        <WatchButton id={info.getValue()} />
      </span>
    ),
  }),
  col.accessor((row) => row.job.status, { id: 'status', header: 'Status', cell: (info) => <StatusCell job={info.row.original.job} /> }),
  col.accessor((row) => row.job.connector.id, {
    id: 'connector',
    header: 'Connector',
    cell: (info) => <ConnectorCell job={info.row.original.job} connector={info.row.original.connector} connectors={info.row.original.connectors} />,
  }),
  col.accessor((row) => row.job.job_type, { id: 'job_type', header: 'Job type', cell: (info) => JOB_TYPE_LABELS[info.getValue()] ?? info.getValue() }),
  col.accessor((row) => row.job.trigger_method, { id: 'trigger', header: 'Trigger', cell: (info) => TRIGGER_METHOD_LABELS[info.getValue()] ?? info.getValue() }),
  col.accessor((row) => row.job.created_at, { id: 'created', header: 'Created', cell: (info) => <TimeLabel value={info.getValue()} /> }),
  col.display({ id: 'wait', header: 'Wait', cell: (info) => <WaitCell job={info.row.original.job} /> }),
  col.display({ id: 'duration', header: 'Duration', cell: (info) => <DurationCell job={info.row.original.job} /> }),
  col.accessor((row) => row.job.indexed_document_count, { id: 'indexed', header: 'Indexed', cell: (info) => formatCount(info.getValue()) }),
  col.accessor((row) => row.job.deleted_document_count, { id: 'deleted', header: 'Deleted', cell: (info) => formatCount(info.getValue()) }),
  col.accessor((row) => row.job.indexed_document_volume, { id: 'volume', header: 'Volume', cell: (info) => formatVolumeMiB(info.getValue()) }),
  col.display({ id: 'heartbeat', header: 'Heartbeat', cell: (info) => <HeartbeatCell job={info.row.original.job} /> }),
  col.accessor((row) => row.job.worker_hostname, {
    id: 'worker',
    header: 'Worker',
    cell: (info) => {
      const host = info.getValue()
      return host ? <span className="mono clip" title={host}>{host}</span> : <span className="muted">—</span>
    },
  }),
  col.accessor((row) => row.job.error, { id: 'error', header: 'Error', cell: (info) => <ErrorCell error={info.getValue()} /> }),
])

/** Narrow screens: one cell per job, laid out as a card. */
export const cardColumns = col.columns([
  col.display({
    id: 'card',
    header: () => (
      <span className="id-header">
        <PageSelectBox />
        Sync job
      </span>
    ),
    cell: (info) => <JobCard row={info.row.original} />,
  }),
])

export interface ColumnLayout {
  /** px; the table uses `table-layout: fixed`. */
  width: number
  numeric?: boolean
  /** What the header means, for a tooltip. */
  hint?: string
}

export const COLUMN_LAYOUT: Record<string, ColumnLayout> = {
  id: { width: 236 },
  status: { width: 196 },
  connector: { width: 196 },
  job_type: { width: 122 },
  trigger: { width: 96 },
  created: { width: 94 },
  wait: { width: 76, numeric: true, hint: 'From creation until a worker started it' },
  duration: { width: 88, numeric: true, hint: 'From start until it finished; ticks while running' },
  indexed: { width: 84, numeric: true, hint: 'Documents sent for indexing (upserted)' },
  deleted: { width: 80, numeric: true, hint: 'Documents deleted from the index' },
  volume: { width: 84, numeric: true, hint: 'Volume of indexed documents' },
  heartbeat: { width: 106, numeric: true, hint: 'Time since the worker last reported, for active jobs' },
  worker: { width: 206 },
  error: { width: 250 },
}

export const TABLE_WIDTH = Object.values(COLUMN_LAYOUT).reduce((sum, column) => sum + column.width, 0)
