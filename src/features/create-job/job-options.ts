// The create form's choices: the values Elasticsearch takes, in its order, with the words the
// operator reads (lib/labels.ts), and the parsing of what the selects submitted.
import { JOB_TYPES, TRIGGER_METHODS, type JobType, type TriggerMethod } from '../../../contract/es-connector-types.ts'
import { JOB_TYPE_LABELS, TRIGGER_METHOD_LABELS } from '../../lib/labels.ts'

export const JOB_TYPE_OPTIONS: { value: JobType; label: string }[] = JOB_TYPES.map((value) => ({ value, label: JOB_TYPE_LABELS[value] }))

export const TRIGGER_METHOD_OPTIONS: { value: TriggerMethod; label: string }[] = TRIGGER_METHODS.map((value) => ({ value, label: TRIGGER_METHOD_LABELS[value] }))

/** An unknown or missing value falls back to the form's default, "full". */
export function parseJobType(value: FormDataEntryValue | null): JobType {
  return JOB_TYPES.find((type) => type === value) ?? 'full'
}

/** An unknown or missing value falls back to the form's default, "on_demand". */
export function parseTriggerMethod(value: FormDataEntryValue | null): TriggerMethod {
  return TRIGGER_METHODS.find((method) => method === value) ?? 'on_demand'
}
