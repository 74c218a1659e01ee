// Confirms deleting a job, naming it (and warning when a worker may still run it); afterwards the
// job is gone, so the operator goes back to the list.
import { useNavigate } from 'react-router'
import { syncJobMutations } from '../../../api/mutations.ts'
import type { SyncJob } from '../../../../contract/es-connector-types.ts'
import { paths } from '../../../config/paths.ts'
import { noticeState } from '../../../lib/navigation-notice.ts'
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx'
import { useSingleFlightMutation } from '../../../hooks/use-single-flight-mutation.ts'
import { ActionError } from './action-error.tsx'

export function DeleteDialog({ job, warning, onDismiss }: { job: SyncJob; warning: string | undefined; onDismiss: () => void }) {
  const remove = useSingleFlightMutation(syncJobMutations.delete())
  const navigate = useNavigate()

  const confirm = () => {
    remove.mutateOnce(job.id, {
      onSuccess: () => void navigate(paths.jobs, { state: noticeState(`Deleted sync job ${job.id}.`) }),
    })
  }

  return (
    <ConfirmDialog
      title={`Delete sync job ${job.id}?`}
      confirmLabel="Delete job"
      busyLabel="Deleting…"
      dismissLabel="Keep the job"
      tone="danger"
      busy={remove.isPending}
      onConfirm={confirm}
      onDismiss={onDismiss}
      footer={remove.isError ? <ActionError action="Delete" error={remove.error} /> : null}
    >
      <p>
        This removes the job <code className="wrap">{job.id}</code> of connector <code className="wrap">{job.connector.id}</code> and its
        history from Elasticsearch. The documents it synced stay in the index. This cannot be undone.
      </p>
      {warning ? (
        <p className="notice warning" role="note">
          <strong>Still active.</strong> {warning}
        </p>
      ) : null}
    </ConfirmDialog>
  )
}
