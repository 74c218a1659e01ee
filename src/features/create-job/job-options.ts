// The create form's choices, in the words the operator reads and the values Elasticsearch takes.
import type { JobType, TriggerMethod } from '../../../contract/es-connector-types.ts'

export const JOB_TYPE_OPTIONS: { value: JobType; label: string }[] = [
  { value: 'full', label: 'Full' },
  { value: 'incremental', label: 'Incremental' },
  { value: 'access_control', label: 'Access control' },
]

export const TRIGGER_METHOD_OPTIONS: { value: TriggerMethod; label: string }[] = [
  { value: 'on_demand', label: 'On demand' },
  { value: 'scheduled', label: 'Scheduled' },
]

export function parseJobType(value: FormDataEntryValue | null): JobType {
  return JOB_TYPE_OPTIONS.find((option) => option.value === value)?.value ?? 'full'
}

export function parseTriggerMethod(value: FormDataEntryValue | null): TriggerMethod {
  return TRIGGER_METHOD_OPTIONS.find((option) => option.value === value)?.value ?? 'on_demand'
}
