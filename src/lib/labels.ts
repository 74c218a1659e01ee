// The words an operator reads for the job's wire values — status, job type, trigger method — in one
// place, for the table, the filters, the job page, the create form and the messages.
import type { JobType, SyncStatus, TriggerMethod } from '../../contract/es-connector-types.ts'

/** Never colour alone: the badge says the status in these words. `error` reads "Failed", `canceling` "Cancel requested". */
export const STATUS_LABELS: Record<SyncStatus, string> = {
  pending: 'Pending',
  in_progress: 'In progress',
  canceling: 'Cancel requested',
  canceled: 'Canceled',
  completed: 'Completed',
  error: 'Failed',
  suspended: 'Suspended',
}

export const JOB_TYPE_LABELS: Record<JobType, string> = {
  full: 'Full',
  incremental: 'Incremental',
  access_control: 'Access control',
}

export const TRIGGER_METHOD_LABELS: Record<TriggerMethod, string> = {
  on_demand: 'On demand',
  scheduled: 'Scheduled',
}

