// Marks a job as failed (`_error`): for a zombie job whose worker is gone and that the connector
// service's cleanup will not touch. The operator must say why; the message is stored on the job. What
// was typed stays for this job until marking it succeeds (useDraft).
import { useId, useState } from 'react'
import { syncJobMutations } from '../../../api/mutations.ts'
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx'
import { Field } from '../../../components/ui/field.tsx'
import { useDraft } from '../../../hooks/use-draft.ts'
import { useSingleFlightMutation } from '../../../hooks/use-single-flight-mutation.ts'
import type { ActionDialogProps } from './action-dialog-props.ts'
import { ActionError } from './action-error.tsx'

export function MarkFailedDialog({
  job,
  blockedReason,
  onDone,
  onDismiss,
}: ActionDialogProps) {
  const markFailed = useSingleFlightMutation(syncJobMutations.setError())
  const [error, setError] = useState<string>()
  const { draft, update, clear } = useDraft(`mark-failed:${job.id}`, { message: '' })
  const messageId = useId()

  const submit = (data: FormData) => {
    if (markFailed.isPending) return
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

  return (
    <ConfirmDialog
      title={`Mark sync job ${job.id} as failed?`}
      confirmLabel="Mark as failed"
      busyLabel="Marking as failed…"
      dismissLabel="Keep the job"
      tone="danger"
      busy={markFailed.isPending}
      onConfirm={submit}
      onDismiss={onDismiss}
      blockedReason={blockedReason}
      footer={markFailed.isError ? <ActionError action="Mark as failed" error={markFailed.error} /> : null}
    >
      <p>
        The job's status becomes <strong>Failed</strong> (<code>error</code>) with the message below. Do this when its worker is gone:
        a worker that is still alive stops when it notices. This cannot be undone.
      </p>
      <Field label="Error message" id={messageId} error={error}>
        {(control) => (
          <textarea {...control} name="error" rows={3} required aria-required="true" value={draft.message} onChange={(event) => update({ message: event.target.value })} />
        )}
      </Field>
    </ConfirmDialog>
  )
}
