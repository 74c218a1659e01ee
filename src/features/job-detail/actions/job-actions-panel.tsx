// The job's actions: a bar of buttons enabled by the state rules (lib/job-actions.ts) with the
// reasons for the disabled ones next to it, the dialogs that confirm or collect input, and one
// polite live region that reports each success. Failures are reported where the action happened:
// inside its dialog, or under the bar for the one-click actions (check in, run again). Run again asks
// the create form's duplicate guard first (api/active-duplicates.ts) and the same question when the
// connector already has a pending or running sync of the type. After a dialog's action succeeds, focus
// goes to the outcome (its button may now be disabled, and focus must not fall to the body). Cancel
// and Mark as failed on a job a worker owns open one dialog with both ways to stop it (stop-dialog.tsx).
import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useNavigate } from 'react-router'
import { duplicateCheck, type ActiveDuplicates } from '../../../api/active-duplicates.ts'
import { syncJobMutations } from '../../../api/mutations.ts'
import { clusterQueries } from '../../../api/queries.ts'
import type { CreateSyncJobBody, SyncJob } from '../../../../contract/es-connector-types.ts'
import { DuplicateQuestion } from '../../../components/duplicate-question.tsx'
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
import { StopDialog } from './stop-dialog.tsx'

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
  // Set when a dialog's action succeeded: the notice takes focus once it is on screen.
  const focusNotice = useRef(false)
  const noticeRef = useRef<HTMLSpanElement>(null)
  const runAgainRef = useRef<HTMLButtonElement>(null)
  // Run again's duplicate question: what it would start, and what already runs.
  const [question, setQuestion] = useState<{ body: CreateSyncJobBody; duplicates: ActiveDuplicates }>()
  // Each is sent once per click even if a second click lands before React has disabled the button;
  // while one runs, no other can start (`blocked`).
  const checkIn = useSingleFlightMutation(syncJobMutations.checkIn())
  const check = useSingleFlightMutation(duplicateCheck())
  const runAgain = useSingleFlightMutation(syncJobMutations.create())
  // A started job keeps Run again busy until its page replaces this one.
  const starting = runAgain.isPending || runAgain.isSuccess
  const blocked = checkIn.isPending || check.isPending || starting

  // After the dialog has closed (and handed focus back to its opener, if it still could). Only the
  // effect of a render without the dialog and with the notice may take the request: Preact runs
  // passive effects a frame late, so an earlier render's effect (the dialog still open, the notice not
  // yet drawn) can run after done() and would spend it on nothing.
  useEffect(() => {
    if (!focusNotice.current || dialog !== null || !noticeRef.current) return
    focusNotice.current = false
    noticeRef.current.focus()
  })

  // Until the server says whether it is read-only, nothing may be sent; if it cannot say, the server
  // still refuses changes itself, so the rules of the state machine apply.
  const rules = config.isPending ? pendingRules() : actionRules(job.status, { readOnly: config.data?.readOnly === true })
  const lines = reasonLines(rules, reasonPrefix)
  // A job a worker owns stops one of two ways (stop-dialog.tsx); a pending or suspended one is simply canceled.
  const stoppable = job.status === 'in_progress' || job.status === 'canceling'

  const resetOneClick = () => {
    checkIn.reset()
    check.reset()
    runAgain.reset()
    setQuestion(undefined)
  }
  const open = (action: DialogAction) => {
    setNotice(undefined)
    resetOneClick()
    setDialog(action)
  }
  const done = (message: string) => {
    setDialog(null)
    setNotice(message)
    focusNotice.current = true
  }

  const doCheckIn = () => {
    if (blocked) return
    const sent = checkIn.mutateOnce(job.id, {
      onSuccess: () => setNotice(`Checked in at ${formatLocal(Date.now())}: the job's last heartbeat is now.`),
    })
    if (!sent) return
    setNotice(undefined)
    check.reset()
    runAgain.reset()
    setQuestion(undefined)
  }

  const jobTypeLabel = JOB_TYPE_LABELS[job.job_type] ?? job.job_type

  const startRunAgain = (body: CreateSyncJobBody) => {
    // Started: nothing more to start, even before the new job's page has replaced this one.
    if (runAgain.hasSucceeded()) return
    const kind = jobTypeLabel.toLowerCase()
    runAgain.mutateOnce(body, {
      onSuccess: (created) => void navigate(paths.job(created.id), { state: noticeState(`Started a new ${kind} sync (run again of ${job.id}).`) }),
      onError: () => setQuestion(undefined),
    })
  }

  const doRunAgain = () => {
    if (blocked || question) return
    const body: CreateSyncJobBody = { id: job.connector.id, job_type: job.job_type, trigger_method: 'on_demand' }
    const sent = check.mutateOnce(body, {
      onSuccess: (duplicates) => {
        if (duplicates.count > 0) setQuestion({ body, duplicates })
        else startRunAgain(body)
      },
    })
    if (!sent) return
    setNotice(undefined)
    checkIn.reset()
    runAgain.reset()
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
            ref={runAgainRef}
            action="runAgain"
            rule={rules.runAgain}
            reasonId={reasonOf('runAgain')}
            blocked={blocked || question !== undefined}
            busy={check.isPending || starting}
            busyLabel={check.isPending ? 'Checking for running syncs…' : 'Starting…'}
            onClick={doRunAgain}
          />
        </div>
        <DisabledReasons lines={lines} />
        {question ? (
          <DuplicateQuestion
            duplicates={question.duplicates}
            jobTypeLabel={jobTypeLabel}
            busy={starting}
            onConfirm={() => startRunAgain(question.body)}
            onDismiss={() => {
              // Enable Run again first, then give it focus back.
              flushSync(() => setQuestion(undefined))
              runAgainRef.current?.focus()
            }}
          />
        ) : null}
        {checkIn.isError ? <ActionError action="Check in" error={checkIn.error} /> : null}
        {check.isError ? <ActionError action="Checking for running syncs before Run again" error={check.error} /> : null}
        {runAgain.isError ? <ActionError action="Run again" error={runAgain.error} /> : null}
      </div>
      <output className="action-notice" aria-live="polite">
        {notice ? (
          <span ref={noticeRef} className="notice success" tabIndex={-1}>
            {notice}
          </span>
        ) : null}
      </output>
      {dialog === 'claim' ? <ClaimDialog job={job} blockedReason={rules.claim.reason} onDone={done} onDismiss={() => setDialog(null)} /> : null}
      {dialog === 'cancel' && !stoppable ? <CancelDialog job={job} blockedReason={rules.cancel.reason} onDone={done} onDismiss={() => setDialog(null)} /> : null}
      {(dialog === 'cancel' || dialog === 'markFailed') && stoppable ? (
        <StopDialog
          job={job}
          openedBy={dialog}
          blockedReasons={{ request: rules.cancel.reason, force: rules.markFailed.reason }}
          onDone={done}
          onDismiss={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'delete' ? <DeleteDialog job={job} warning={rules.delete.warning} onDismiss={() => setDialog(null)} /> : null}
    </section>
  )
}
