// This tab's recent bulk actions, under the list: each one's name, when it ran, what came of it, and
// a link that narrows the list to the jobs it created (`?action=<id>`).
import { Link } from 'react-router'
import { paths } from '../../../config/paths.ts'
import { formatLocal } from '../../../lib/time.ts'
import { ACTION_PARAM, outcomeWords, type ActionRecord } from './recent-actions.ts'

export function RecentActions({ records }: { records: readonly ActionRecord[] }) {
  if (records.length === 0) return null
  return (
    <details className="recent-actions">
      <summary>Recent actions in this tab ({records.length})</summary>
      <ul>
        {records.map((record) => (
          <li key={record.id}>
            <strong>{record.name}</strong> · {formatLocal(record.startedAt)} · {outcomeWords(record.counts)}
            {record.createdIds.length > 0 ? (
              <>
                {' '}
                · <Link to={`${paths.jobs}?${new URLSearchParams({ [ACTION_PARAM]: record.id }).toString()}`}>show the jobs it created</Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  )
}
