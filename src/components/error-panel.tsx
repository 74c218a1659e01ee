// How every page shows a failed request: what happened in words, what to do, and Elasticsearch's own
// type and reason (always as text).
import type { EsError } from '../api/es-error.ts'
import { describeError } from '../lib/describe-error.ts'
import { Button } from './ui/button.tsx'
import './error-panel.css'

export function ErrorPanel({
  error,
  onRetry,
  retrying = false,
  compact = false,
}: {
  error: EsError
  onRetry?: () => void
  retrying?: boolean
  compact?: boolean
}) {
  const description = describeError(error)
  return (
    <div className={compact ? 'error-panel compact' : 'error-panel'} role="alert">
      <p className="error-title">{description.title}</p>
      <p className="error-advice">{description.advice}</p>
      <p className="error-reason">
        <code>{error.type}</code>
        {error.status > 0 ? <span className="muted"> (HTTP {error.status})</span> : null}: {error.reason}
      </p>
      {onRetry ? (
        <Button onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
      ) : null}
    </div>
  )
}
