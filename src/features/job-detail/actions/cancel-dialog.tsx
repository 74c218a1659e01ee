// Confirms a cancel and explains what will happen: a job no worker runs is canceled at once; a
// running one only gets a cancel request until its worker notices and stops (two phases).
import { syncJobMutations } from '../../../api/mutations.ts'
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx'
import { useSingleFlightMutation } from '../../../hooks/use-single-flight-mutation.ts'
import type { ActionDialogProps } from './action-dialog-props.ts'
import { ActionError } from './action-error.tsx'

export function CancelDialog({
  job,
  blockedReason,
  onDone,
  onDismiss,
}: ActionDialogProps) {
  const cancel = useSingleFlightMutation(syncJobMutations.cancel())
  const running = job.status === 'in_progress'

  const confirm = () => {
    cancel.mutateOnce(job.id, {
      onSuccess: () =>
        onDone(
          running
            ? 'Cancel requested: the job shows "Cancel requested" until its worker stops it.'
            : 'Canceled: the job will not run.',
        ),
    })
  }

  return (
    <ConfirmDialog
      title={`Cancel sync job ${job.id}?`}
      confirmLabel="Cancel job"
      busyLabel="Canceling…"
      dismissLabel="Keep the job"
      tone="danger"
      busy={cancel.isPending}
      onConfirm={confirm}
      onDismiss={onDismiss}
      blockedReason={blockedReason}
      footer={cancel.isError ? <ActionError action="Cancel" error={cancel.error} /> : null}
    >
      {running ? (
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
          <p>If the worker is gone the job stays "Cancel requested"; mark it as failed then.</p>
        </>
      ) : (
        <p>
          No worker is running this {job.status === 'suspended' ? 'suspended' : 'pending'} job, so it becomes <strong>Canceled</strong> at
          once and will never run. Documents already synced stay in the index.
        </p>
      )}
    </ConfirmDialog>
  )
}
