// Asks before starting a second pending or running sync of the same connector and type.
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { Button } from '../../components/ui/button.tsx'
import type { ActiveDuplicates } from './find-duplicates.ts'

export function DuplicateWarning({
  duplicates,
  jobTypeLabel,
  busy,
  onConfirm,
  onDismiss,
}: {
  duplicates: ActiveDuplicates
  jobTypeLabel: string
  busy: boolean
  onConfirm: () => void
  onDismiss: () => void
}) {
  const { count, example } = duplicates
  const kind = jobTypeLabel.toLowerCase()
  const one = /^[aeiou]/.test(kind) ? 'an' : 'a'
  return (
    <div className="notice warning duplicate-warning" role="alert">
      <p>
        <strong>
          This connector already has {count === 1 ? one : count} {kind} sync{count === 1 ? '' : 's'} pending or running.
        </strong>{' '}
        Another one would sync the same data again once the first is done.
      </p>
      {example ? (
        <p>
          See <Link to={paths.job(example.id)}>{example.id}</Link> ({example.status === 'pending' ? 'pending' : 'running'}) or{' '}
          <Link to={paths.jobsOfConnector(example.connector.id)}>all jobs of this connector</Link>.
        </p>
      ) : null}
      <div className="duplicate-buttons">
        <Button variant="primary" onClick={onConfirm} disabled={busy}>
          {busy ? 'Starting…' : 'Start another sync anyway'}
        </Button>
        <Button onClick={onDismiss} disabled={busy}>
          Don’t start
        </Button>
      </div>
    </div>
  )
}
