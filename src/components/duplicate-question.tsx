// The duplicate guard's question, the same wherever a sync starts (the create form, the job page's
// Run again): the connector already has a pending or running sync of this type — start another one
// anyway? Links to one of them and to all jobs of the connector. It is the outcome of the click that
// asked, so it takes focus when it appears (the button that asked is disabled meanwhile); after
// "Don’t start", the caller puts focus back on that button.
import { useLayoutEffect, useRef } from 'react'
import { Link } from 'react-router'
import type { ActiveDuplicates } from '../api/active-duplicates.ts'
import { paths } from '../config/paths.ts'
import { Button } from './ui/button.tsx'
import './duplicate-question.css'

export function DuplicateQuestion({
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
  const ref = useRef<HTMLDivElement>(null)
  // Focused in the commit that shows it, not in a later passive effect (Preact runs those a frame
  // later), so a key pressed right after the click lands in the question.
  useLayoutEffect(() => ref.current?.focus(), [])
  const kind = jobTypeLabel.toLowerCase()
  const one = /^[aeiou]/.test(kind) ? 'an' : 'a'
  return (
    <div ref={ref} className="notice warning duplicate-question" role="alert" tabIndex={-1}>
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
