// Masking of sensitive connector configuration: Elasticsearch copies every configuration value into
// each sync job's connector snapshot, secrets included (its own code has a TODO about it), so the UI
// replaces every value marked `sensitive` before anything is rendered or copied.
import type { ConnectorConfigField, ConnectorConfiguration, SyncJob } from '../../contract/es-connector-types.ts'

/** What a masked value shows instead of the secret. */
export const MASK = '••••••'

/** Keys of a configuration field that may carry the secret itself, not just its description. */
const SECRET_KEYS = ['value', 'default_value'] as const

/** A field counts as sensitive when Elasticsearch marks it so (tolerating a stringly "true"). */
export function isSensitive(field: ConnectorConfigField | undefined): boolean {
  if (!field || typeof field !== 'object') return false
  const flag: unknown = field.sensitive
  return flag === true || flag === 'true'
}

/** True when there is nothing to hide: an empty secret may be shown as "not set". */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}

export function maskField(field: ConnectorConfigField): ConnectorConfigField {
  if (!isSensitive(field)) return field
  const masked: ConnectorConfigField = { ...field }
  for (const key of SECRET_KEYS) {
    if (key in masked && !isEmptyValue(masked[key])) masked[key] = MASK
  }
  return masked
}

export function maskConfiguration(configuration: ConnectorConfiguration | undefined): ConnectorConfiguration | undefined {
  if (!configuration || typeof configuration !== 'object') return configuration
  const masked: ConnectorConfiguration = {}
  for (const [key, field] of Object.entries(configuration)) {
    masked[key] = field && typeof field === 'object' ? maskField(field) : field
  }
  return masked
}

/** A copy of the job whose connector snapshot has every sensitive value masked; the input is not changed. */
export function maskJob(job: SyncJob): SyncJob {
  if (!job.connector?.configuration) return job
  return { ...job, connector: { ...job.connector, configuration: maskConfiguration(job.connector.configuration) } }
}
