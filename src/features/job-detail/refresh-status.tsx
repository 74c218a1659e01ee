// How fresh the page is: when it was last updated, whether it keeps refreshing, and a failed refresh
// (the data shown stays; transient failures are retried by the query client).
import type { EsError } from '../../api/es-error.ts'
import { useNow } from '../../hooks/use-now.ts'
import { formatRelative } from '../../lib/time.ts'

export function RefreshStatus({
  updatedAt,
  polling,
  fetching,
  error,
}: {
  updatedAt: number
  polling: boolean
  fetching: boolean
  error: EsError | undefined
}) {
  const now = useNow(1000)
  return (
    <p className="refresh-status muted">
      <span>Updated {formatRelative(updatedAt, now)}</span>
      <span aria-hidden="true"> · </span>
      <span>{polling ? 'refreshing every few seconds while the job is active' : 'not refreshing: the job has finished'}</span>
      {fetching ? <span className="refresh-dot" aria-hidden="true" /> : null}
      {error ? (
        <span className="refresh-error">
          {' '}
          · last refresh failed ({error.type}: {error.reason}); showing the data from before
        </span>
      ) : null}
    </p>
  )
}
