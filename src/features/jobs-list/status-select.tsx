// "Status": one status at most — Elasticsearch's list API filters on a single status.
import { useId } from 'react'
import { SYNC_STATUSES, type SyncStatus } from '../../../contract/es-connector-types.ts'
import { STATUS_LABELS } from '../../lib/labels.ts'

export function StatusSelect({ value, onChange }: { value: SyncStatus | ''; onChange: (status: SyncStatus | '') => void }) {
  const id = useId()
  return (
    <div className="filter-field">
      <label htmlFor={id}>Status</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SyncStatus | '')}>
        <option value="">All statuses</option>
        {SYNC_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </div>
  )
}
