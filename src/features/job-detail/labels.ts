// Words for the job's enums, as an operator reads them.
import type { JobType, TriggerMethod } from '../../../contract/es-connector-types.ts'

export const JOB_TYPE_LABELS: Record<JobType, string> = {
  full: 'Full',
  incremental: 'Incremental',
  access_control: 'Access control',
}

export const TRIGGER_METHOD_LABELS: Record<TriggerMethod, string> = {
  on_demand: 'On demand',
  scheduled: 'Scheduled',
}
