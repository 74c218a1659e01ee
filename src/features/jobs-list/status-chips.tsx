// Counts per status under the current connector and job-type filters; each chip sets the status
// filter (the current one is pressed). The words carry the meaning, the colours only help.
import type { SyncStatus } from '../../../contract/es-connector-types.ts'
import { StatusDot } from '../../components/status-badge.tsx'
import { STATUS_LABELS } from '../../lib/labels.ts'
import { formatCount } from '../../lib/format.ts'
import { countMayBeCapped } from '../../lib/paging.ts'
import { COUNTED_STATUSES, type StatusCounts } from './use-status-counts.ts'

export function StatusChips({ counts, current, onSelect }: { counts: StatusCounts; current: SyncStatus | ''; onSelect: (status: SyncStatus | '') => void }) {
  return (
    // Named without "status": tests and people find the Status select by that label.
    <fieldset className="status-chips">
      <legend className="visually-hidden">Job counts</legend>
      {COUNTED_STATUSES.map((status) => {
        const count = counts[status]
        return (
          <button
            key={status || 'all'}
            type="button"
            className={`chip chip-${status || 'all'}`}
            aria-pressed={status === current}
            onClick={() => onSelect(status)}
          >
            {status ? <StatusDot status={status} /> : null}
            <span className="chip-label">{status ? STATUS_LABELS[status] : 'All'}</span>{' '}
            <span className="chip-count" title={count === null ? 'The count could not be fetched' : undefined}>
              {count === undefined ? '…' : count === null ? '—' : countMayBeCapped(count) ? `${formatCount(count)}+` : formatCount(count)}
            </span>
          </button>
        )
      })}
    </fieldset>
  )
}
