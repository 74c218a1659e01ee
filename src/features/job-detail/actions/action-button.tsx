// One button of the action bar: named by its action, disabled by the state rules, pointing at the
// visible reason when it is, and showing its progress while it runs.
import type { Ref } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import type { ActionRule, JobAction } from '../../../lib/job-actions.ts'
import { ACTION_LABELS } from './action-labels.ts'

export function ActionButton({
  action,
  rule,
  reasonId,
  onClick,
  busy = false,
  busyLabel,
  blocked = false,
  tone,
  ref,
}: {
  action: JobAction
  rule: ActionRule
  reasonId: string | undefined
  onClick: () => void
  busy?: boolean
  busyLabel?: string
  /** Another action is running: nothing else may start meanwhile. */
  blocked?: boolean
  tone?: 'danger'
  /** For giving focus back to the button after what it opened is closed. */
  ref?: Ref<HTMLButtonElement>
}) {
  return (
    <Button ref={ref} variant={tone} disabled={!rule.enabled || busy || blocked} aria-describedby={rule.enabled ? undefined : reasonId} onClick={onClick}>
      {busy && busyLabel ? busyLabel : ACTION_LABELS[action]}
    </Button>
  )
}
