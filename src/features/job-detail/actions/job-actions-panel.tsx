// The job's actions: a bar of buttons enabled by the state rules (lib/job-actions.ts) with the
// reasons for the disabled ones next to it, the dialogs that confirm or collect input, and one
// polite live region that reports each success. Failures are reported where the action happened:
// inside its dialog, or under the bar for the one-click actions (check in, run again).
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useNavigate } from 'react-router'
import { syncJobMutations } from '../../../api/mutations.ts'
import { clusterQueries } from '../../../api/queries.ts'
import type { SyncJob } from '../../../../contract/es-connector-types.ts'
import { paths } from '../../../config/paths.ts'
import { useSingleFlightMutation } from '../../../hooks/use-single-flight-mutation.ts'
import { noticeState } from '../../../lib/navigation-notice.ts'
import { actionRules, type ActionRules, type JobAction } from '../../../lib/job-actions.ts'
import { JOB_TYPE_LABELS } from '../../../lib/labels.ts'
import { formatLocal } from '../../../lib/time.ts'
import { ActionError } from './action-error.tsx'
import { ActionButton } from './action-button.tsx'
import { CancelDialog } from './cancel-dialog.tsx'
import { ClaimDialog } from './claim-dialog.tsx'
import { DeleteDialog } from './delete-dialog.tsx'
import { DisabledReasons, reasonLines } from './disabled-reasons.tsx'
import { MarkFailedDialog } from './mark-failed-dialog.tsx'

type DialogAction = 'claim' | 'cancel' | 'markFailed' | 'delete'

const CHECKING_CONFIG = 'Checking whether this Syncboard may change jobs…'

function pendingRules(): ActionRules {
  const rule = { enabled: false, reason: CHECKING_CONFIG }
  return { claim: rule, checkIn: rule, cancel: rule, markFailed: rule, delete: rule, runAgain: rule }
}

export function JobActionsPanel({ job, initialNotice }: { job: SyncJob; initialNotice: string | undefined }) {
  const config = useQuery(clusterQueries.serverConfig())
  const navigate = useNavigate()
  const reasonPrefix = useId()
  const [dialog, setDialog] = useState<DialogAction | null>(null)
  const [notice, setNotice] = useState<string | undefined>(initialNotice)
  // Each is sent once per click even if a second click lands before React has disabled the button;
  // while either runs, the other cannot start (`blocked`).
  const checkIn = useSingleFlightMutation(syncJobMutations.checkIn())
  const runAgain = useSingleFlightMutation(syncJobMutations.create())
  const blocked = checkIn.isPending || runAgain.isPending

  // Until the server says whether it is read-only, nothing may be sent; if it cannot say, the server
  // still refuses changes itself, so the rules of the state machine apply.
  const rules = config.isPending ? pendingRules() : actionRules(job.status, { readOnly: config.data?.readOnly === true })
  const lines = reasonLines(rules, reasonPrefix)

  const open = (action: DialogAction) => {
    setNotice(undefined)
    checkIn.reset()
    runAgain.reset()
    setDialog(action)
  }
  const done = (message: string) => {
    setDialog(null)
    setNotice(message)
  }

  const doCheckIn = () => {
    if (blocked) return
    const sent = checkIn.mutateOnce(job.id, {
      onSuccess: () => setNotice(`Checked in at ${formatLocal(Date.now())}: the job's last heartbeat is now.`),
    })
    if (!sent) return
    setNotice(undefined)
    runAgain.reset()
  }

  const doRunAgain = () => {
    if (blocked) return
    const kind = (JOB_TYPE_LABELS[job.job_type] ?? job.job_type).toLowerCase()
    const sent = runAgain.mutateOnce(
      { id: job.connector.id, job_type: job.job_type, trigger_method: 'on_demand' },
      { onSuccess: (created) => void navigate(paths.job(created.id), { state: noticeState(`Started a new ${kind} sync (run again of ${job.id}).`) }) },
    )
    if (!sent) return
    setNotice(undefined)
    checkIn.reset()
  }

  const reasonOf = (action: JobAction) => lines.find((line) => line.actions.includes(action))?.id

  return (
    <section className="panel job-actions" aria-labelledby={`${reasonPrefix}-heading`}>
      <h2 id={`${reasonPrefix}-heading`} className="visually-hidden">
        Actions
      </h2>
      {/* While a dialog is open the page behind it is inert; hiding the bar from the accessibility
          tree as well keeps one button per name (the dialog's) for assistive tech and role queries. */}
      <div className="action-area" aria-hidden={dialog !== null ? true : undefined}>
        <div className="action-bar">
          <ActionButton action="claim" rule={rules.claim} reasonId={reasonOf('claim')} blocked={blocked} onClick={() => open('claim')} />
          <ActionButton
            action="checkIn"
            rule={rules.checkIn}
            reasonId={reasonOf('checkIn')}
            blocked={blocked}
            busy={checkIn.isPending}
            busyLabel="Checking in…"
            onClick={doCheckIn}
          />
          <ActionButton action="cancel" rule={rules.cancel} reasonId={reasonOf('cancel')} blocked={blocked} tone="danger" onClick={() => open('cancel')} />
          <ActionButton
            action="markFailed"
            rule={rules.markFailed}
            reasonId={reasonOf('markFailed')}
            blocked={blocked}
            tone="danger"
            onClick={() => open('markFailed')}
          />
          <ActionButton action="delete" rule={rules.delete} reasonId={reasonOf('delete')} blocked={blocked} tone="danger" onClick={() => open('delete')} />
          <span className="action-bar-spacer" />
          <ActionButton
            action="runAgain"
            rule={rules.runAgain}
            reasonId={reasonOf('runAgain')}
            blocked={blocked}
            busy={runAgain.isPending}
            busyLabel="Starting…"
            onClick={doRunAgain}
          />
        </div>
        <DisabledReasons lines={lines} />
        {checkIn.isError ? <ActionError action="Check in" error={checkIn.error} /> : null}
        {runAgain.isError ? <ActionError action="Run again" error={runAgain.error} /> : null}
      </div>
      <output className="action-notice" aria-live="polite">
        {notice ? <span className="notice success">{notice}</span> : null}
      </output>
      {dialog === 'claim' ? <ClaimDialog job={job} blockedReason={rules.claim.reason} onDone={done} onDismiss={() => setDialog(null)} /> : null}
      {dialog === 'cancel' ? <CancelDialog job={job} blockedReason={rules.cancel.reason} onDone={done} onDismiss={() => setDialog(null)} /> : null}
      {dialog === 'markFailed' ? <MarkFailedDialog job={job} blockedReason={rules.markFailed.reason} onDone={done} onDismiss={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? <DeleteDialog job={job} warning={rules.delete.warning} onDismiss={() => setDialog(null)} /> : null}
    </section>
  )
}
