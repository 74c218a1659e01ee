// The two ways to stop a job a worker owns (in progress, or canceling): "Request cancel" (`_cancel`:
// the job shows Cancel requested until its worker acknowledges and stops it) and "Force: mark as
// failed" (`_error` with the operator's message: failed at once, but a worker that is still alive
// keeps running until it notices). Opened by Cancel or by Mark as failed; force is preselected when
// a request cannot help — the job has been canceling, or its worker silent, for over a minute
// (lib/bulk-eligibility.ts preferredStop). What was typed stays for this job until it succeeds.
import { useId, useState } from 'react'
import { syncJobMutations } from '../../../api/mutations.ts'
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx'
import { TimeLabel } from '../../../components/time-label.tsx'
import { Field } from '../../../components/ui/field.tsx'
import { useDraft } from '../../../hooks/use-draft.ts'
import { useSingleFlightMutation } from '../../../hooks/use-single-flight-mutation.ts'
import { preferredStop, type StopWay } from '../../../lib/bulk-eligibility.ts'
import type { ActionDialogProps } from './action-dialog-props.ts'
import { ActionError } from './action-error.tsx'
import './stop-dialog.css'

export function StopDialog({
  job,
  blockedReasons,
  onDone,
  onDismiss,
  openedBy,
}: Omit<ActionDialogProps, 'blockedReason'> & {
  /** Why each way became impossible while the dialog was open (the job's rules, lib/job-actions.ts). */
  blockedReasons: Record<StopWay, string | undefined>
  openedBy: 'cancel' | 'markFailed'
}) {
  const cancel = useSingleFlightMutation(syncJobMutations.cancel())
  const markFailed = useSingleFlightMutation(syncJobMutations.setError())
  const canRequest = job.status === 'in_progress'
  const [stale] = useState(() => preferredStop(job, Date.now()) === 'force')
  const [way, setWay] = useState<StopWay>(() => (!canRequest || openedBy === 'markFailed' || stale ? 'force' : 'request'))
  const [error, setError] = useState<string>()
  const { draft, update, clear } = useDraft(`mark-failed:${job.id}`, { message: '' })
  const messageId = useId()
  const busy = cancel.isPending || markFailed.isPending

  const submit = (data: FormData) => {
    if (busy) return
    if (way === 'request') {
      cancel.mutateOnce(job.id, { onSuccess: () => onDone('Cancel requested: the job shows "Cancel requested" until its worker stops it.') })
      return
    }
    const message = String(data.get('error') ?? '').trim()
    if (message === '') {
      setError('Enter the error message to store on the job (why it failed).')
      document.getElementById(messageId)?.focus()
      return
    }
    setError(undefined)
    markFailed.mutateOnce(
      { id: job.id, error: message },
      {
        onSuccess: () => {
          clear()
          onDone('Marked as failed: the job now shows your error message.')
        },
      },
    )
  }

  const choose = (next: StopWay) => {
    cancel.reset()
    markFailed.reset()
    setWay(next)
  }

  return (
    <ConfirmDialog
      title={way === 'request' ? `Cancel sync job ${job.id}?` : `Mark sync job ${job.id} as failed?`}
      confirmLabel={way === 'request' ? 'Cancel job' : 'Mark as failed'}
      busyLabel={way === 'request' ? 'Canceling…' : 'Marking as failed…'}
      dismissLabel="Keep the job"
      tone="danger"
      busy={busy}
      onConfirm={submit}
      onDismiss={onDismiss}
      blockedReason={blockedReasons[way]}
      footer={
        cancel.isError ? <ActionError action="Cancel" error={cancel.error} /> : markFailed.isError ? <ActionError action="Mark as failed" error={markFailed.error} /> : null
      }
    >
      {stale ? (
        <p className="notice warning" role="note">
          {job.status === 'canceling' ? 'A cancel was requested over a minute ago' : 'The job is running'} and its worker has not reported for over a
          minute: it may be gone, so forcing is preselected.
        </p>
      ) : null}
      <fieldset className="stop-ways">
        <legend>How to stop this job</legend>
        <label className="stop-way">
          <input type="radio" name="way" value="request" checked={way === 'request'} disabled={!canRequest || busy} onChange={() => choose('request')} />
          <span>
            <strong>Request cancel</strong> — the worker acknowledges.{' '}
            {canRequest ? null : (
              <span className="muted">
                Already requested
                {job.cancelation_requested_at ? (
                  <>
                    {' '}
                    <TimeLabel value={job.cancelation_requested_at} />
                  </>
                ) : null}
                ; the worker has not stopped it yet.
              </span>
            )}
          </span>
        </label>
        <label className="stop-way">
          <input type="radio" name="way" value="force" checked={way === 'force'} disabled={busy} onChange={() => choose('force')} />
          <span>
            <strong>Force: mark as failed</strong> — failed at once, with your message (<code>_error</code>).
          </span>
        </label>
      </fieldset>
      {way === 'request' ? (
        <>
          <p>
            This job is <strong>running</strong>, so canceling happens in two phases:
          </p>
          <ol className="phases">
            <li>
              Now: the job becomes <strong>Cancel requested</strong> (<code>canceling</code>).
            </li>
            <li>
              Within seconds: its worker notices, stops syncing and marks it <strong>Canceled</strong>.
            </li>
          </ol>
          <p>If the worker is gone the job stays "Cancel requested"; force it then.</p>
        </>
      ) : (
        <>
          <p>
            The job's status becomes <strong>Failed</strong> (<code>error</code>) with the message below. This cannot be undone.
          </p>
          <p className="notice warning" role="note">
            <strong>A worker may still be running it.</strong> Marking it failed does not stop the worker: a live one notices and stops; a gone
            one never will, which is when to force.
          </p>
          <Field label="Error message" id={messageId} error={error}>
            {(control) => (
              <textarea {...control} name="error" rows={3} required aria-required="true" value={draft.message} onChange={(event) => update({ message: event.target.value })} />
            )}
          </Field>
        </>
      )}
    </ConfirmDialog>
  )
}
