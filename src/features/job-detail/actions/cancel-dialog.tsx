// Confirms the cancel of a job no worker runs (pending or suspended): it is canceled at once. A running
// job is stopped through stop-dialog.tsx, which offers a cancel request or forcing it failed.
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

  const confirm = () => {
    cancel.mutateOnce(job.id, { onSuccess: () => onDone('Canceled: the job will not run.') })
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
      <p>
        No worker is running this {job.status === 'suspended' ? 'suspended' : 'pending'} job, so it becomes <strong>Canceled</strong> at once
        and will never run. Documents already synced stay in the index.
      </p>
    </ConfirmDialog>
  )
}
