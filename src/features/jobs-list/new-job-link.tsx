// "New sync job": to the create form, with the connector filter preselected. In read-only mode it
// stays visible but disabled, and says why.
import { useId } from 'react'
import { paths } from '../../config/paths.ts'
import { Button, ButtonLink } from '../../components/ui/button.tsx'

export function NewJobLink({ connectorId, readOnly }: { connectorId: string; readOnly: boolean }) {
  const reasonId = useId()
  if (readOnly) {
    return (
      <span className="new-job">
        {/* aria-disabled rather than disabled: it stays focusable, so keyboard users find the reason too. */}
        <Button variant="primary" aria-disabled="true" aria-describedby={reasonId}>
          New sync job
        </Button>
        <span id={reasonId} className="muted new-job-reason">
          Read-only mode: this server refuses changes.
        </span>
      </span>
    )
  }
  return (
    <ButtonLink variant="primary" to={paths.newJob(connectorId || undefined)}>
      New sync job
    </ButtonLink>
  )
}
