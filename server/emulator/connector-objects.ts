// The objects nested in connector request bodies, parsed like Elasticsearch's lenient parsers for them
// (unknown keys skipped, required fields and value types checked): ConnectorIngestPipeline,
// ConnectorScheduling.ScheduleConfig (with `Cron`), ConnectorFeatures, ConnectorFiltering and its
// FilteringRules / FilteringRule / FilteringAdvancedSnippet / FilteringValidationInfo, and
// ConnectorConfiguration with its dependencies, options and validations. Each result has the shape
// Elasticsearch writes back (its `toXContent` / `toMap`); timestamps a rule or snippet leaves out are
// filled in by the store, which owns the clock.

import type {
  ConnectorConfigField,
  ConnectorConfiguration,
  ConnectorFeatureEnabled,
  ConnectorFeatures,
  ConnectorPipeline,
  FilteringValidation,
  JobType,
  SchedulingEntry,
} from '../../contract/es-connector-types.ts'
import { cronVerdict, normalizeCron } from './cron.ts'
import { type JsonNode, toPlain } from './json-reader.ts'
import {
  BOOLEAN,
  INT,
  OBJECT,
  OBJECT_ARRAY,
  type Following,
  type ParserSpec,
  STRING,
  STRING_ARRAY,
  STRING_OR_NULL,
  VALUE,
  VALUE_OBJECT_ARRAY,
  ValueParseError,
  booleanValue,
  intValue,
  objectArray,
  parseObject,
  stringArray,
  stringValue,
} from './object-parser.ts'
import { constructorEnum, instantValue } from './request-bodies.ts'

// ---- Filtering -------------------------------------------------------------------------------------

export const FILTERING_POLICIES = ['exclude', 'include'] as const
/** `FilteringRuleCondition`: matched exactly (`>` and `<` are conditions too). */
export const FILTERING_RULE_CONDITIONS = ['contains', 'ends_with', 'equals', '>', '<', 'regex', 'starts_with'] as const
export const FILTERING_VALIDATION_STATES = ['edited', 'invalid', 'valid'] as const

/** A rule as given: Elasticsearch stamps a missing `created_at` / `updated_at` with "now". */
export interface RuleInput {
  created_at?: string
  field: string
  id: string
  order: number
  policy: (typeof FILTERING_POLICIES)[number]
  rule: string
  updated_at?: string
  value: string
}

export interface SnippetInput {
  created_at?: string
  updated_at?: string
  value: unknown
}

export interface FilteringRulesInput {
  advanced_snippet: SnippetInput
  rules: RuleInput[]
  validation: FilteringValidation
}

/** One element of `filtering`; its `domain` is not read (Elasticsearch always writes `DEFAULT`). */
export interface FilteringInput {
  active: FilteringRulesInput
  draft: FilteringRulesInput
}

const RULE: ParserSpec = {
  name: 'connector_filtering_rule',
  lenient: true,
  fields: [
    { name: 'created_at', accepts: STRING, parse: instantValue('created_at'), constructorArg: 'optional' },
    { name: 'field', accepts: STRING, parse: stringValue, constructorArg: 'required' },
    { name: 'id', accepts: STRING, parse: stringValue, constructorArg: 'required' },
    { name: 'order', accepts: INT, parse: intValue, constructorArg: 'required' },
    { name: 'policy', accepts: STRING, parse: (node) => constructorEnum(FILTERING_POLICIES, 'FilteringPolicy', text(node)), constructorArg: 'required' },
    { name: 'rule', accepts: STRING, parse: (node) => ruleCondition(text(node)), constructorArg: 'required' },
    { name: 'updated_at', accepts: STRING, parse: instantValue('updated_at'), constructorArg: 'optional' },
    { name: 'value', accepts: STRING, parse: stringValue, constructorArg: 'required' },
  ],
}

const SNIPPET: ParserSpec = {
  name: 'connector_filtering_advanced_snippet',
  lenient: true,
  fields: [
    { name: 'created_at', accepts: STRING, parse: instantValue('created_at'), constructorArg: 'optional' },
    { name: 'updated_at', accepts: STRING, parse: instantValue('updated_at'), constructorArg: 'optional' },
    // An object or an array (OBJECT_ARRAY).
    { name: 'value', accepts: OBJECT_ARRAY, parse: toPlain, constructorArg: 'required' },
  ],
}

const VALIDATION_ERROR: ParserSpec = {
  name: 'connector_filtering_validation',
  lenient: true,
  fields: [
    { name: 'ids', accepts: STRING_ARRAY, parse: stringArray, constructorArg: 'required' },
    { name: 'messages', accepts: STRING_ARRAY, parse: stringArray, constructorArg: 'required' },
  ],
}

const VALIDATION_INFO: ParserSpec = {
  name: 'filtering_validation_info',
  lenient: true,
  fields: [
    { name: 'errors', accepts: OBJECT_ARRAY, parse: objectsOf(VALIDATION_ERROR, ['ids', 'messages']), constructorArg: 'required' },
    {
      name: 'state',
      accepts: STRING,
      parse: (node) => constructorEnum(FILTERING_VALIDATION_STATES, 'FilteringValidationState', text(node)),
      constructorArg: 'required',
    },
  ],
}

const FILTERING_RULES: ParserSpec = {
  name: 'connector_filtering_rules',
  lenient: true,
  fields: [
    { name: 'advanced_snippet', accepts: OBJECT, parse: (node) => parseSnippet(node), constructorArg: 'required' },
    { name: 'rules', accepts: OBJECT_ARRAY, parse: objectArray(parseRule), constructorArg: 'required' },
    { name: 'validation', accepts: OBJECT, parse: (node) => parseValidationInfo(node), constructorArg: 'required' },
  ],
}

const FILTERING: ParserSpec = {
  name: 'connector_filtering',
  lenient: true,
  fields: [
    { name: 'active', accepts: OBJECT, parse: (node) => parseObject(FILTERING_RULES, node), constructorArg: 'required' },
    { name: 'draft', accepts: OBJECT, parse: (node) => parseObject(FILTERING_RULES, node), constructorArg: 'required' },
  ],
}

export function parseRule(node: JsonNode, following?: Following): RuleInput {
  const values = parseObject(RULE, node, following)
  const rule: RuleInput = {
    field: values.field as string,
    id: values.id as string,
    order: values.order as number,
    policy: values.policy as RuleInput['policy'],
    rule: values.rule as string,
    value: values.value as string,
  }
  if (typeof values.created_at === 'string') rule.created_at = values.created_at
  if (typeof values.updated_at === 'string') rule.updated_at = values.updated_at
  return rule
}

export function parseSnippet(node: JsonNode): SnippetInput {
  const values = parseObject(SNIPPET, node)
  const snippet: SnippetInput = { value: values.value }
  if (typeof values.created_at === 'string') snippet.created_at = values.created_at
  if (typeof values.updated_at === 'string') snippet.updated_at = values.updated_at
  return snippet
}

export function parseValidationInfo(node: JsonNode): FilteringValidation {
  const values = parseObject(VALIDATION_INFO, node)
  return { errors: values.errors as FilteringValidation['errors'], state: values.state as string }
}

export function parseFiltering(node: JsonNode, following?: Following): FilteringInput {
  const values = parseObject(FILTERING, node, following)
  return { active: rulesOf(values.active), draft: rulesOf(values.draft) }
}

function rulesOf(values: unknown): FilteringRulesInput {
  const parsed = values as Record<string, unknown>
  return {
    advanced_snippet: parsed.advanced_snippet as SnippetInput,
    rules: parsed.rules as RuleInput[],
    validation: parsed.validation as FilteringValidation,
  }
}

function ruleCondition(condition: string): string {
  if ((FILTERING_RULE_CONDITIONS as readonly string[]).includes(condition)) return condition
  throw new ValueParseError({ type: 'illegal_argument_exception', reason: `Unknown FilteringRuleCondition [${condition}].` })
}

// ---- Pipeline, scheduling, features -----------------------------------------------------------------

const PIPELINE: ParserSpec = {
  name: 'connector_ingest_pipeline',
  lenient: true,
  fields: [
    { name: 'extract_binary_content', accepts: BOOLEAN, parse: booleanValue, constructorArg: 'required' },
    { name: 'name', accepts: STRING, parse: stringValue, constructorArg: 'required' },
    { name: 'reduce_whitespace', accepts: BOOLEAN, parse: booleanValue, constructorArg: 'required' },
    { name: 'run_ml_inference', accepts: BOOLEAN, parse: booleanValue, constructorArg: 'required' },
  ],
}

export function parsePipeline(node: JsonNode): ConnectorPipeline {
  const values = parseObject(PIPELINE, node)
  return {
    extract_binary_content: values.extract_binary_content as boolean,
    name: values.name as string,
    reduce_whitespace: values.reduce_whitespace as boolean,
    run_ml_inference: values.run_ml_inference as boolean,
  }
}

const SCHEDULE_CONFIG: ParserSpec = {
  name: 'schedule_config',
  lenient: true,
  fields: [
    { name: 'enabled', accepts: BOOLEAN, parse: booleanValue, constructorArg: 'required' },
    { name: 'interval', accepts: STRING, parse: stringValue, constructorArg: 'required' },
  ],
  // The constructor builds a `Cron`, which refuses what Quartz cannot read.
  build: (values) => {
    const verdict = cronVerdict(values.interval as string)
    if (verdict) {
      throw new ValueParseError({
        type: 'illegal_argument_exception',
        reason: verdict.reason,
        causedBy: { type: 'illegal_argument_exception', reason: verdict.cause },
      })
    }
  },
}

const SCHEDULING: ParserSpec = {
  name: 'connector_scheduling',
  lenient: true,
  fields: (['access_control', 'full', 'incremental'] as const).map((type) => ({
    name: type,
    accepts: OBJECT,
    parse: (node: JsonNode): SchedulingEntry => {
      const values = parseObject(SCHEDULE_CONFIG, node)
      return { enabled: values.enabled as boolean, interval: normalizeCron(values.interval as string) }
    },
    constructorArg: 'optional' as const,
  })),
}

/** The schedule types given (the others are left out, and keep their stored values). */
export function parseScheduling(node: JsonNode): Partial<Record<JobType, SchedulingEntry>> {
  const values = parseObject(SCHEDULING, node)
  const scheduling: Partial<Record<JobType, SchedulingEntry>> = {}
  for (const type of ['access_control', 'full', 'incremental'] as const) {
    if (values[type] !== undefined) scheduling[type] = values[type] as SchedulingEntry
  }
  return scheduling
}

const FEATURE_ENABLED: ParserSpec = {
  name: 'connector_feature_enabled',
  lenient: true,
  fields: [{ name: 'enabled', accepts: BOOLEAN, parse: booleanValue, constructorArg: 'optional' }],
  // `new FeatureEnabled((boolean) args[0])` unboxes a missing `enabled`.
  build: (values) => {
    if (values.enabled === undefined) {
      throw new ValueParseError({
        type: 'null_pointer_exception',
        reason: 'Cannot invoke "java.lang.Boolean.booleanValue()" because "args[0]" is null',
      })
    }
  },
}

const featureEnabled = (node: JsonNode): ConnectorFeatureEnabled => ({ enabled: parseObject(FEATURE_ENABLED, node).enabled as boolean })

const SYNC_RULES_FEATURES: ParserSpec = {
  name: 'sync_rules_features',
  lenient: true,
  fields: [
    { name: 'advanced', accepts: OBJECT, parse: featureEnabled, constructorArg: 'optional' },
    { name: 'basic', accepts: OBJECT, parse: featureEnabled, constructorArg: 'optional' },
  ],
}

const FEATURES: ParserSpec = {
  name: 'connector_features',
  lenient: true,
  fields: [
    { name: 'document_level_security', accepts: OBJECT, parse: featureEnabled, constructorArg: 'optional' },
    { name: 'incremental_sync', accepts: OBJECT, parse: featureEnabled, constructorArg: 'optional' },
    { name: 'native_connector_api_keys', accepts: OBJECT, parse: featureEnabled, constructorArg: 'optional' },
    { name: 'sync_rules', accepts: OBJECT, parse: (node) => definedOnly(parseObject(SYNC_RULES_FEATURES, node)), constructorArg: 'optional' },
  ],
}

/** The features given; unknown feature names are dropped, as Elasticsearch's lenient parser does. */
export function parseFeatures(node: JsonNode): ConnectorFeatures {
  return definedOnly(parseObject(FEATURES, node)) as ConnectorFeatures
}

function definedOnly(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined))
}

// ---- Configuration ---------------------------------------------------------------------------------

export const CONFIGURATION_DISPLAY_TYPES = ['text', 'textbox', 'textarea', 'numeric', 'toggle', 'dropdown'] as const
/** `ConfigurationFieldType`, matched exactly. */
export const CONFIGURATION_FIELD_TYPES = ['str', 'int', 'list', 'bool'] as const
export const CONFIGURATION_VALIDATION_TYPES = ['less_than', 'greater_than', 'list_type', 'included_in', 'regex'] as const

/** A scalar: string, number, boolean or null (`ValueType.VALUE` fields). */
function scalarValue(node: JsonNode): unknown {
  return toPlain(node)
}

/** `ConnectorConfiguration.parseConfigurationValue`: a scalar or an object, never an array. */
function configurationValue(node: JsonNode): unknown {
  if (node.kind === 'START_ARRAY') throw unsupportedToken(node)
  return toPlain(node)
}

function unsupportedToken(node: JsonNode): ValueParseError {
  return new ValueParseError({ type: 'x_content_parse_exception', reason: `Unsupported token [${node.kind}]` })
}

const DEPENDENCY: ParserSpec = {
  name: 'connector_configuration_dependency',
  lenient: true,
  fields: [
    { name: 'field', accepts: STRING, parse: stringValue, constructorArg: 'required' },
    { name: 'value', accepts: VALUE, parse: scalarValue, constructorArg: 'required' },
  ],
}

const SELECT_OPTION: ParserSpec = {
  name: 'connector_configuration_select_option',
  lenient: true,
  fields: [
    { name: 'label', accepts: STRING, parse: stringValue, constructorArg: 'required' },
    {
      name: 'value',
      accepts: VALUE,
      // Strings and numbers only.
      parse: (node) => {
        if (node.kind !== 'VALUE_STRING' && node.kind !== 'VALUE_NUMBER') throw unsupportedToken(node)
        return toPlain(node)
      },
      constructorArg: 'required',
    },
  ],
}

const CONFIGURATION_VALIDATION: ParserSpec = {
  name: 'connector_configuration_validation',
  lenient: true,
  fields: [
    {
      name: 'constraint',
      accepts: VALUE_OBJECT_ARRAY,
      // A string, a number or a list.
      parse: (node) => {
        if (node.kind !== 'VALUE_STRING' && node.kind !== 'VALUE_NUMBER' && node.kind !== 'START_ARRAY') throw unsupportedToken(node)
        return toPlain(node)
      },
      constructorArg: 'required',
    },
    {
      name: 'type',
      accepts: STRING,
      parse: (node) => constructorEnum(CONFIGURATION_VALIDATION_TYPES, 'ConfigurationValidationType', text(node)),
      constructorArg: 'required',
    },
  ],
}

const CONFIGURATION_FIELD: ParserSpec = {
  name: 'connector_configuration',
  lenient: true,
  fields: [
    { name: 'category', accepts: STRING, parse: stringValue, constructorArg: 'optional' },
    { name: 'default_value', accepts: VALUE, parse: scalarValue, constructorArg: 'optional' },
    {
      name: 'depends_on',
      accepts: OBJECT_ARRAY,
      parse: objectsOf(DEPENDENCY, ['field', 'value']),
      constructorArg: 'optional',
    },
    {
      name: 'display',
      accepts: STRING_OR_NULL,
      parse: (node) => constructorEnum(CONFIGURATION_DISPLAY_TYPES, 'ConfigurationDisplayType', text(node)),
      constructorArg: 'optional',
    },
    { name: 'label', accepts: STRING, parse: stringValue, constructorArg: 'required' },
    {
      name: 'options',
      accepts: OBJECT_ARRAY,
      parse: objectsOf(SELECT_OPTION, ['label', 'value']),
      constructorArg: 'optional',
    },
    { name: 'order', accepts: INT, parse: intValue, constructorArg: 'optional' },
    { name: 'placeholder', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'optional' },
    { name: 'required', accepts: BOOLEAN, parse: booleanValue, constructorArg: 'optional' },
    { name: 'sensitive', accepts: BOOLEAN, parse: booleanValue, constructorArg: 'optional' },
    { name: 'tooltip', accepts: STRING_OR_NULL, parse: stringValue, constructorArg: 'optional' },
    {
      name: 'type',
      accepts: STRING_OR_NULL,
      parse: (node) => (node.kind === 'VALUE_NULL' ? null : fieldType(text(node))),
      constructorArg: 'optional',
    },
    { name: 'ui_restrictions', accepts: STRING_ARRAY, parse: stringArray, constructorArg: 'optional' },
    {
      name: 'validations',
      accepts: OBJECT_ARRAY,
      parse: objectsOf(CONFIGURATION_VALIDATION, ['constraint', 'type']),
      constructorArg: 'optional',
    },
    { name: 'value', accepts: VALUE_OBJECT_ARRAY, parse: configurationValue, constructorArg: 'optional' },
  ],
}

function fieldType(type: string): string {
  if ((CONFIGURATION_FIELD_TYPES as readonly string[]).includes(type)) return type
  throw new ValueParseError({ type: 'illegal_argument_exception', reason: `Unknown ConfigurationFieldType [${type}].` })
}

/** A configuration field as `ConnectorConfiguration.toMap()` writes it: `default_value`, `label`,
 *  `required`, `sensitive` and `value` always (null / false when not given), the rest when set. */
function configurationField(values: Record<string, unknown>): ConnectorConfigField {
  const field: ConnectorConfigField = { value: values.value ?? null }
  const optional = (key: string) => {
    if (values[key] !== undefined && values[key] !== null) field[key] = values[key]
  }
  optional('category')
  field.default_value = values.default_value ?? null
  optional('depends_on')
  optional('display')
  field.label = values.label as string
  optional('options')
  optional('order')
  optional('placeholder')
  field.required = values.required === true
  field.sensitive = values.sensitive === true
  optional('tooltip')
  optional('type')
  optional('ui_restrictions')
  optional('validations')
  return field
}

/** `configuration`: a map of field name → configuration field (`p.map(HashMap::new, …)`). */
export function parseConfigurationMap(node: JsonNode): ConnectorConfiguration {
  const configuration: ConnectorConfiguration = {}
  if (node.kind !== 'START_OBJECT') return configuration
  node.entries.forEach((entry, index) => {
    const nextEntry = node.entries[index + 1]
    const following: Following = nextEntry ? { kind: 'FIELD_NAME', at: nextEntry.at } : { kind: 'END_OBJECT', at: node.end }
    Object.defineProperty(configuration, entry.key, {
      value: configurationField(parseObject(CONFIGURATION_FIELD, entry.value, following)),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  })
  return configuration
}

/** `values`: `p.map()`, which reads the keys of an object and gives an empty map for anything else. */
export function parseConfigurationValues(node: JsonNode): Record<string, unknown> {
  return node.kind === 'START_OBJECT' ? (toPlain(node) as Record<string, unknown>) : {}
}

// ---- Helpers ---------------------------------------------------------------------------------------

/** An array of nested objects, each parsed by `spec` and written back with `keys`, in that order. */
function objectsOf(spec: ParserSpec, keys: readonly string[]): (node: JsonNode) => Record<string, unknown>[] {
  return objectArray((node, next) => {
    const values = parseObject(spec, node, next)
    return Object.fromEntries(keys.map((key) => [key, values[key]]))
  })
}

/** `XContentParser.text()`: only value tokens have text; `null` does not. */
function text(node: JsonNode): string {
  if (node.kind === 'VALUE_STRING') return node.value
  if (node.kind === 'VALUE_NUMBER') return node.raw
  if (node.kind === 'VALUE_BOOLEAN') return String(node.value)
  throw new ValueParseError({ type: 'illegal_state_exception', reason: `Can't get text on a ${node.kind} at ${node.at.line}:${node.at.column}` })
}
