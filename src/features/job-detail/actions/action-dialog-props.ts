// What every action dialog of the job page receives: the job, why the action became impossible while
// the dialog was open (if it did), and how to report success or close.
import type { SyncJob } from '../../../../contract/es-connector-types.ts'

export interface ActionDialogProps {
  job: SyncJob
  blockedReason: string | undefined
  onDone: (message: string) => void
  onDismiss: () => void
}
