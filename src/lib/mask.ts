// Masking of sensitive connector configuration: Elasticsearch copies every configuration value into
// each sync job's connector snapshot, secrets included (its own code has a TODO about it). The
// dashboard server replaces each sensitive value with a RedactedValue before the page gets it; the UI
// shows those as hidden — never the placeholder itself — and masks anything marked `sensitive` that
// still arrives as a value, before anything is rendered or copied.
import type { ConnectorConfigField, ConnectorConfiguration, SyncJob } from '../../contract/es-connector-types.ts'
import { REDACTED_MARKER, type RedactedValue } from '../../contract/syncboard-protocol.ts'

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

/** A value the dashboard server replaced (see RedactedValue): there is a value, but the page never gets it. */
export function isRedacted(value: unknown): value is RedactedValue {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Record<string, unknown>>
  return candidate[REDACTED_MARKER] === true && typeof candidate.fingerprint === 'string'
}

/** Whether the field's value must show as hidden: marked sensitive, or replaced by the server. */
export function isHidden(field: ConnectorConfigField): boolean {
  return isSensitive(field) || isRedacted(field.value)
}

/** True when there is nothing to hide: an empty secret may be shown as "not set". */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}

export function maskField(field: ConnectorConfigField): ConnectorConfigField {
  const sensitive = isSensitive(field)
  if (!sensitive && !SECRET_KEYS.some((key) => isRedacted(field[key]))) return field
  const masked: ConnectorConfigField = { ...field }
  for (const key of SECRET_KEYS) {
    if (key in masked && !isEmptyValue(masked[key]) && (sensitive || isRedacted(masked[key]))) masked[key] = MASK
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
