// The marks a page's refresh line shares: a dot while a refresh is in flight, and the note that the
// last refresh failed while the data from before stays shown.
import type { EsError } from '../api/es-error.ts'
import './refresh-marks.css'

/** Decorative: shown while a refresh is in flight. */
export function RefreshDot() {
  return <span className="refresh-dot" aria-hidden="true" />
}

export function RefreshFailed({ error }: { error: EsError }) {
  return (
    <span className="refresh-error">
      {' '}
      · last refresh failed ({error.type}: {error.reason}); showing the data from before
    </span>
  )
}
