// Words for the wire enums shown in the table and filters.
import type { JobType, TriggerMethod } from '../../../contract/es-connector-types.ts'

export const JOB_TYPE_LABELS: Record<JobType, string> = {
  full: 'Full',
  incremental: 'Incremental',
  access_control: 'Access control',
}

export const TRIGGER_LABELS: Record<TriggerMethod, string> = {
  on_demand: 'On demand',
  scheduled: 'Scheduled',
}
