// The request bodies of the connector endpoints (`PUT`/`POST _connector`, `PUT _connector/{id}/_x`),
// declared as Elasticsearch's strict request parsers declare them — parser names, field ValueTypes,
// constructor arguments — with the nested objects read by `connector-objects.ts`.

import {
  CONNECTOR_STATUSES,
  type ConnectorConfiguration,
  type ConnectorFeatures,
  type ConnectorPipeline,
  type ConnectorStatus,
  type FilteringValidation,
  type JobType,
  type PutConnectorBody,
  SYNC_STATUSES,
  type SchedulingEntry,
  type UpdateConnectorLastSyncBody,
} from '../../contract/es-connector-types.ts'
import {
  type FilteringInput,
  type RuleInput,
  type SnippetInput,
  parseConfigurationMap,
  parseConfigurationValues,
  parseFeatures,
  parseFiltering,
  parsePipeline,
  parseRule,
  parseScheduling,
  parseSnippet,
  parseValidationInfo,
} from './connector-objects.ts'
import type { JsonNode } from './json-reader.ts'
import {
  BOOLEAN,
  LONG,
  OBJECT,
  OBJECT_ARRAY,
  OBJECT_OR_NULL,
  STRING,
  STRING_OR_NULL,
  VALUE_OBJECT_ARRAY,
  booleanValue,
  longValue,
  objectArray,
  parseBody,
  stringValue,
} from './object-parser.ts'
import { constructorEnum, instantValue, plainObject } from './request-bodies.ts'

/** `connector_put_request`: the parser of `PUT _connector[/{id}]` and of `POST _connector` alike. */
export function parsePutConnector(text: string): PutConnectorBody {
  const values = parseBody(
    {
      name: 'connector_put_request',
      fields: [
        { name: 'description', accepts: STRING, parse: stringValue, constructorArg: 'optional' },
        { name: 'index_name', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'optional' },
        { name: 'is_native', accepts: BOOLEAN, parse: booleanValue, constructorArg: 'optional' },
        { name: 'language', accepts: STRING, parse: stringValue, constructorArg: 'optional' },
        { name: 'name', accepts: STRING, parse: stringValue, constructorArg: 'optional' },
        { name: 'service_type', accepts: STRING, parse: stringValue, constructorArg: 'optional' },
      ],
    },
    text,
  )
  return values as PutConnectorBody
}

export function parseConnectorError(text: string): { error: string | null } {
  const values = parseBody(
    { name: 'connector_update_error_request', fields: [{ name: 'error', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'required' }] },
    text,
  )
  return { error: values.error as string | null }
}

const nullableInstant = (name: string) => (node: JsonNode) => (node.kind === 'VALUE_NULL' ? null : instantValue(name)(node))
const nullableSyncStatus = (node: JsonNode) =>
  node.kind === 'VALUE_NULL' ? null : constructorEnum(SYNC_STATUSES, 'ConnectorSyncStatus', node.kind === 'VALUE_STRING' ? node.value : '')

/** `connector_update_last_sync_stats_request`; `last_seen`, `status` and `error` are not fields of it. */
export function parseConnectorLastSync(text: string): UpdateConnectorLastSyncBody {
  const values = parseBody(
    {
      name: 'connector_update_last_sync_stats_request',
      fields: [
        { name: 'last_access_control_sync_error', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'optional' },
        {
          name: 'last_access_control_sync_scheduled_at',
          accepts: STRING_OR_NULL,
          parse: nullableInstant('last_access_control_sync_scheduled_at'),
          constructorArg: 'optional',
        },
        { name: 'last_access_control_sync_status', accepts: STRING_OR_NULL, parse: nullableSyncStatus, constructorArg: 'optional' },
        { name: 'last_deleted_document_count', accepts: LONG, parse: longValue, constructorArg: 'optional' },
        {
          name: 'last_incremental_sync_scheduled_at',
          accepts: STRING_OR_NULL,
          parse: nullableInstant('last_incremental_sync_scheduled_at'),
          constructorArg: 'optional',
        },
        { name: 'last_indexed_document_count', accepts: LONG, parse: longValue, constructorArg: 'optional' },
        { name: 'last_sync_error', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'optional' },
        { name: 'last_sync_scheduled_at', accepts: STRING_OR_NULL, parse: nullableInstant('last_sync_scheduled_at'), constructorArg: 'optional' },
        { name: 'last_sync_status', accepts: STRING_OR_NULL, parse: nullableSyncStatus, constructorArg: 'optional' },
        { name: 'last_synced', accepts: STRING_OR_NULL, parse: nullableInstant('last_synced'), constructorArg: 'optional' },
        { name: 'sync_cursor', accepts: OBJECT_OR_NULL, parse: (node) => (node.kind === 'VALUE_NULL' ? null : plainObject(node)), constructorArg: 'optional' },
      ],
    },
    text,
  )
  return values as UpdateConnectorLastSyncBody
}

export function parseConnectorName(text: string): { name?: string | null; description?: string | null } {
  return parseBody(
    {
      name: 'connector_update_name_request',
      fields: [
        { name: 'name', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'optional' },
        { name: 'description', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'optional' },
      ],
    },
    text,
  ) as { name?: string | null; description?: string | null }
}

export function parseConnectorPipeline(text: string): { pipeline: ConnectorPipeline } {
  const values = parseBody(
    { name: 'connector_update_pipeline_request', fields: [{ name: 'pipeline', accepts: OBJECT, parse: parsePipeline, constructorArg: 'required' }] },
    text,
  )
  return { pipeline: values.pipeline as ConnectorPipeline }
}

export function parseConnectorScheduling(text: string): { scheduling: Partial<Record<JobType, SchedulingEntry>> } {
  const values = parseBody(
    { name: 'connector_update_scheduling_request', fields: [{ name: 'scheduling', accepts: OBJECT, parse: parseScheduling, constructorArg: 'required' }] },
    text,
  )
  return { scheduling: values.scheduling as Partial<Record<JobType, SchedulingEntry>> }
}

export interface FilteringBody {
  filtering?: FilteringInput[]
  advanced_snippet?: SnippetInput
  rules?: RuleInput[]
}

/** Draft mode (`rules` / `advanced_snippet`) or full mode (`filtering`); `validate()` picks. */
export function parseConnectorFiltering(text: string): FilteringBody {
  return parseBody(
    {
      name: 'connector_update_filtering_request',
      fields: [
        { name: 'filtering', accepts: OBJECT_ARRAY, parse: objectArray(parseFiltering), constructorArg: 'optional' },
        { name: 'advanced_snippet', accepts: OBJECT, parse: parseSnippet, constructorArg: 'optional' },
        { name: 'rules', accepts: OBJECT_ARRAY, parse: objectArray(parseRule), constructorArg: 'optional' },
      ],
    },
    text,
  ) as FilteringBody
}

export function parseFilteringValidation(text: string): { validation: FilteringValidation } {
  const values = parseBody(
    {
      name: 'connector_update_filtering_validation',
      fields: [{ name: 'validation', accepts: OBJECT, parse: parseValidationInfo, constructorArg: 'required' }],
    },
    text,
  )
  return { validation: values.validation as FilteringValidation }
}

/** `status` is optional for the parser; a missing one fails `validate()`. */
export function parseConnectorStatus(text: string): { status?: ConnectorStatus } {
  return parseBody(
    {
      name: 'connector_update_status_request',
      fields: [
        {
          name: 'status',
          accepts: STRING,
          parse: (node) => constructorEnum(CONNECTOR_STATUSES, 'ConnectorStatus', node.kind === 'VALUE_STRING' ? node.value : ''),
          constructorArg: 'optional',
        },
      ],
    },
    text,
  ) as { status?: ConnectorStatus }
}

export interface ConfigurationBody {
  configuration?: ConnectorConfiguration
  values?: Record<string, unknown>
}

export function parseConnectorConfiguration(text: string): ConfigurationBody {
  return parseBody(
    {
      name: 'connector_update_configuration_request',
      fields: [
        { name: 'configuration', accepts: OBJECT, parse: parseConfigurationMap, constructorArg: 'optional' },
        { name: 'values', accepts: VALUE_OBJECT_ARRAY, parse: parseConfigurationValues, constructorArg: 'optional' },
      ],
    },
    text,
  ) as ConfigurationBody
}

export function parseConnectorIndexName(text: string): { index_name: string | null } {
  const values = parseBody(
    {
      name: 'connector_update_index_name_request',
      fields: [{ name: 'index_name', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'required' }],
    },
    text,
  )
  return { index_name: values.index_name as string | null }
}

export function parseConnectorServiceType(text: string): { service_type: string } {
  const values = parseBody(
    {
      name: 'connector_update_service_type_request',
      fields: [{ name: 'service_type', accepts: STRING, parse: stringValue, constructorArg: 'required' }],
    },
    text,
  )
  return { service_type: values.service_type as string }
}

export function parseConnectorNative(text: string): { is_native: boolean } {
  const values = parseBody(
    { name: 'connector_update_native_request', fields: [{ name: 'is_native', accepts: BOOLEAN, parse: booleanValue, constructorArg: 'required' }] },
    text,
  )
  return { is_native: values.is_native as boolean }
}

export function parseConnectorApiKeyId(text: string): { api_key_id?: string | null; api_key_secret_id?: string | null } {
  return parseBody(
    {
      name: 'connector_update_api_key_id_request',
      fields: [
        { name: 'api_key_id', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'optional' },
        { name: 'api_key_secret_id', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'optional' },
      ],
    },
    text,
  ) as { api_key_id?: string | null; api_key_secret_id?: string | null }
}

export function parseConnectorFeatures(text: string): { features?: ConnectorFeatures } {
  return parseBody(
    {
      name: 'connector_update_features_request',
      fields: [{ name: 'features', accepts: OBJECT, parse: parseFeatures, constructorArg: 'optional' }],
    },
    text,
  ) as { features?: ConnectorFeatures }
}
