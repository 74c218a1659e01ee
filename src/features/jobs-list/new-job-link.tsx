// "New sync job": to the create form, with the connector filter preselected. In read-only mode it
// stays visible but disabled, and says why.
import { useId } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'

export function NewJobLink({ connectorId, readOnly }: { connectorId: string; readOnly: boolean }) {
  const reasonId = useId()
  if (readOnly) {
    return (
      <span className="new-job">
        {/* aria-disabled rather than disabled: it stays focusable, so keyboard users find the reason too. */}
        <button type="button" aria-disabled="true" aria-describedby={reasonId} className="button primary">
          New sync job
        </button>
        <span id={reasonId} className="muted new-job-reason">
          Read-only mode: this server refuses changes.
        </span>
      </span>
    )
  }
  return (
    <Link to={paths.newJob(connectorId || undefined)} className="button primary">
      New sync job
    </Link>
  )
}
