// The sync-job request bodies, declared the way Elasticsearch's parsers declare them (parser names,
// field ValueTypes, constructor arguments), turned into typed values; and the value helpers (enums,
// instants, plain objects) the connector bodies share.

import type { JobType, TriggerMethod, UpdateSyncJobStatsBody } from '../../contract/es-connector-types.ts'
import { JOB_TYPES, TRIGGER_METHODS } from '../../contract/es-connector-types.ts'
import { formatInstant, parseInstant } from './es-time.ts'
import { type JsonNode, toPlain } from './json-reader.ts'
import { LONG, OBJECT, OBJECT_OR_STRING, STRING, ValueParseError, longValue, parseBody, stringValue } from './object-parser.ts'

/** Case-insensitive enum lookup (`ConnectorSyncJobType.fromString` and friends); stored lowercase. */
export function enumValue<T extends string>(values: readonly T[], text: string): T | undefined {
  const lower = text.toLowerCase()
  return values.find((value) => value === lower)
}

/** The message of `fromString` for an unknown value, e.g. `Unknown ConnectorSyncJobType [xyz].` */
export function unknownEnumMessage(enumName: string, text: string): string {
  return `Unknown ${enumName} [${text}].`
}

/** An enum read by a field parser or a constructor: unknown values are an IAE cause. */
export function constructorEnum<T extends string>(values: readonly T[], enumName: string, text: string): T {
  const found = enumValue(values, text)
  if (found === undefined) throw new ValueParseError({ type: 'illegal_argument_exception', reason: unknownEnumMessage(enumName, text) })
  return found
}

export const plainObject = (node: JsonNode) => toPlain(node) as Record<string, unknown>

export function parseCreateSyncJob(text: string): { id: string; job_type?: JobType; trigger_method?: TriggerMethod } {
  const values = parseBody(
    {
      name: 'connector_sync_job_post_request',
      fields: [
        { name: 'id', accepts: STRING, parse: stringValue, constructorArg: 'required' },
        { name: 'job_type', accepts: STRING, parse: stringValue, constructorArg: 'optional' },
        { name: 'trigger_method', accepts: STRING, parse: stringValue, constructorArg: 'optional' },
      ],
      // The enums are resolved by the request constructor, hence the "Failed to build" wrapping.
      build: (args) => {
        if (typeof args.job_type === 'string') args.job_type = constructorEnum(JOB_TYPES, 'ConnectorSyncJobType', args.job_type)
        if (typeof args.trigger_method === 'string') {
          args.trigger_method = constructorEnum(TRIGGER_METHODS, 'ConnectorSyncJobTriggerMethod', args.trigger_method)
        }
      },
    },
    text,
  )
  const body: { id: string; job_type?: JobType; trigger_method?: TriggerMethod } = { id: values.id as string }
  if (values.job_type !== undefined) body.job_type = values.job_type as JobType
  if (values.trigger_method !== undefined) body.trigger_method = values.trigger_method as TriggerMethod
  return body
}

export function parseClaimSyncJob(text: string): { worker_hostname: string; sync_cursor?: Record<string, unknown> } {
  const values = parseBody(
    {
      name: 'claim_connector_sync_job',
      fields: [
        { name: 'worker_hostname', accepts: STRING, parse: stringValue, constructorArg: 'required' },
        { name: 'sync_cursor', accepts: OBJECT, parse: plainObject, constructorArg: 'optional' },
      ],
    },
    text,
  )
  const body: { worker_hostname: string; sync_cursor?: Record<string, unknown> } = { worker_hostname: values.worker_hostname as string }
  if (values.sync_cursor !== undefined) body.sync_cursor = values.sync_cursor as Record<string, unknown>
  return body
}

export function parseSyncJobError(text: string): { error: string } {
  const values = parseBody(
    {
      name: 'connector_sync_job_error_request',
      fields: [{ name: 'error', accepts: STRING, parse: stringValue, constructorArg: 'required' }],
    },
    text,
  )
  return { error: values.error as string }
}

export function parseUpdateStats(text: string): UpdateSyncJobStatsBody {
  const values = parseBody(
    {
      name: 'connector_sync_job_update_ingestion_stats',
      fields: [
        { name: 'deleted_document_count', accepts: LONG, parse: longValue, constructorArg: 'required' },
        { name: 'indexed_document_count', accepts: LONG, parse: longValue, constructorArg: 'required' },
        { name: 'indexed_document_volume', accepts: LONG, parse: longValue, constructorArg: 'required' },
        { name: 'total_document_count', accepts: LONG, parse: longValue, constructorArg: 'optional' },
        { name: 'last_seen', accepts: OBJECT_OR_STRING, parse: instantValue('last_seen'), constructorArg: 'optional' },
        { name: 'metadata', accepts: OBJECT, parse: plainObject, constructorArg: 'optional' },
      ],
    },
    text,
  )
  const body: UpdateSyncJobStatsBody = {
    deleted_document_count: values.deleted_document_count as number,
    indexed_document_count: values.indexed_document_count as number,
    indexed_document_volume: values.indexed_document_volume as number,
  }
  if (values.total_document_count !== undefined) body.total_document_count = values.total_document_count as number
  if (values.last_seen !== undefined) body.last_seen = values.last_seen as string
  if (values.metadata !== undefined) body.metadata = values.metadata as Record<string, unknown>
  return body
}

/** `ConnectorUtils.parseInstant` (`TimeUtils.parseTimeFieldToInstant`) for the field `name`: a date
 *  string, re-printed as Elasticsearch serializes instants. */
export function instantValue(name: string): (node: JsonNode) => string {
  return (node) => {
    if (node.kind !== 'VALUE_STRING') {
      throw new ValueParseError({ type: 'illegal_argument_exception', reason: `unexpected token [${node.kind}] for [${name}]` })
    }
    const instant = parseInstant(node.value)
    if (!instant) {
      throw new ValueParseError({
        type: 'illegal_argument_exception',
        reason: `failed to parse date field [${node.value}] with format [strict_date_optional_time||epoch_millis]`,
        causedBy: { type: 'date_time_parse_exception', reason: 'Failed to parse with all enclosed parsers' },
      })
    }
    return formatInstant(instant)
  }
}
