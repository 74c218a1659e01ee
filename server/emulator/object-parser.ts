// Strict request-body parsing the way Elasticsearch's ObjectParser / ConstructingObjectParser does it:
// fields in document order, unknown fields refused (with "did you mean"), token types checked per field,
// value failures wrapped as "failed to parse field", required constructor arguments reported together.

import { type EsCause, EsException, illegalArgument, xContentParse } from './errors.ts'
import { type JsonNode, type Location, type TokenKind, JsonSyntaxError, readJson } from './json-reader.ts'
import { suggestionsFor } from './suggestions.ts'

/** Thrown by a field's value parser; becomes the `caused_by` of "failed to parse field [x]". */
export class ValueParseError extends Error {
  readonly esCause: EsCause
  constructor(esCause: EsCause) {
    super(esCause.reason)
    this.name = 'ValueParseError'
    this.esCause = esCause
  }
}

export interface FieldSpec {
  name: string
  /** Tokens the field's ValueType supports; anything else is "doesn't support values of type". */
  accepts: readonly TokenKind[]
  parse: (node: JsonNode) => unknown
  /** A constructor argument of a ConstructingObjectParser (required or optional). */
  constructorArg?: 'required' | 'optional'
}

export interface ParserSpec {
  name: string
  fields: readonly FieldSpec[]
  /** Runs when the last constructor argument arrives (or at the end); throws an IAE-like cause. */
  build?: (values: Record<string, unknown>) => void
}

/** Parses a request body text with `spec`, returning the parsed field values by name. */
export function parseBody(spec: ParserSpec, text: string): Record<string, unknown> {
  let root: JsonNode | undefined
  try {
    root = readJson(text)
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw xContentParse(`${at(error.at)} ${error.message}`)
    throw error
  }
  if (root?.kind !== 'START_OBJECT') {
    const where = root ? at(root.at) : '[1:1]'
    throw xContentParse(`${where} [${spec.name}] Expected START_OBJECT but was: ${root?.kind ?? 'null'}`)
  }

  const values: Record<string, unknown> = {}
  const constructorArgs = spec.fields.filter((field) => field.constructorArg)
  let built = false
  for (const entry of root.entries) {
    const field = spec.fields.find((candidate) => candidate.name === entry.key)
    if (!field) {
      const known = spec.fields.map((candidate) => candidate.name)
      throw xContentParse(`${at(entry.at)} [${spec.name}] unknown field [${entry.key}]${didYouMean(entry.key, known)}`)
    }
    const node = entry.value
    if (!field.accepts.includes(node.kind)) {
      throw xContentParse(`${at(node.at)} [${spec.name}] ${field.name} doesn't support values of type: ${node.kind}`)
    }
    try {
      values[field.name] = field.parse(node)
    } catch (error) {
      if (error instanceof ValueParseError) {
        throw xContentParse(`${at(node.at)} [${spec.name}] failed to parse field [${field.name}]`, error.esCause)
      }
      throw error
    }
    // ConstructingObjectParser builds its target as soon as every constructor argument is known.
    if (!built && field.constructorArg && spec.build && constructorArgs.every((arg) => arg.name in values)) {
      built = true
      const failure = buildFailure(spec, values)
      if (failure) throw xContentParse(`${at(node.at)} [${spec.name}] failed to parse field [${field.name}]`, failure)
    }
  }

  const missing = constructorArgs.filter((arg) => arg.constructorArg === 'required' && !(arg.name in values))
  if (missing.length > 0) throw illegalArgument(`Required [${missing.map((arg) => arg.name).join(', ')}]`)
  if (!built && spec.build) {
    const failure = buildFailure(spec, values)
    if (failure) throw new EsException(400, 'x_content_parse_exception', failure.reason, failure.causedBy ? { causedBy: failure.causedBy } : {})
  }
  return values
}

function buildFailure(spec: ParserSpec, values: Record<string, unknown>): EsCause | undefined {
  try {
    spec.build?.(values)
    return undefined
  } catch (error) {
    if (!(error instanceof ValueParseError)) throw error
    return { type: 'x_content_parse_exception', reason: `Failed to build [${spec.name}] after last required field arrived`, causedBy: error.esCause }
  }
}

function at(location: Location): string {
  return `[${location.line}:${location.column}]`
}

/** ObjectParser's suffix for an unknown field: ` did you mean [x]?` / ` did you mean any of [x, y]?`. */
function didYouMean(unknown: string, candidates: readonly string[]): string {
  const keys = suggestionsFor(unknown, candidates)
  if (keys.length === 0) return ''
  return keys.length === 1 ? ` did you mean [${keys[0]}]?` : ` did you mean any of [${keys.join(', ')}]?`
}

// ---- Value parsers for the ValueTypes the connector API declares ------------------------------------

export const STRING: readonly TokenKind[] = ['VALUE_STRING']
export const STRING_OR_NULL: readonly TokenKind[] = ['VALUE_STRING', 'VALUE_NULL']
export const LONG: readonly TokenKind[] = ['VALUE_NUMBER', 'VALUE_STRING']
export const BOOLEAN: readonly TokenKind[] = ['VALUE_BOOLEAN', 'VALUE_STRING']
export const OBJECT: readonly TokenKind[] = ['START_OBJECT']
export const OBJECT_OR_STRING: readonly TokenKind[] = ['START_OBJECT', 'VALUE_STRING']

export function stringValue(node: JsonNode): string | null {
  return node.kind === 'VALUE_STRING' ? node.value : null
}

const LONG_MIN = -(2n ** 63n)
const LONG_MAX = 2n ** 63n - 1n

/** `XContentParser.longValue(coerce = true)`: numbers and numeric strings; decimals truncate. */
export function longValue(node: JsonNode): number {
  if (node.kind === 'VALUE_NUMBER') {
    if (/^-?\d+$/.test(node.raw)) return checkedLong(BigInt(node.raw), node.raw, 'input_coercion_exception')
    return truncatedLong(Number(node.raw), node.raw, 'input_coercion_exception')
  }
  const text = node.kind === 'VALUE_STRING' ? node.value : ''
  const trimmed = text.trim()
  if (/^[+-]?\d+$/.test(trimmed)) return checkedLong(BigInt(trimmed), text, 'illegal_argument_exception')
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[dDfF]?$/.test(trimmed)) {
    return truncatedLong(Number(trimmed.replace(/[dDfF]$/, '')), text, 'illegal_argument_exception')
  }
  throw new ValueParseError({ type: 'number_format_exception', reason: text === '' ? 'empty String' : `For input string: "${text}"` })
}

function checkedLong(value: bigint, shown: string, causeType: string): number {
  if (value < LONG_MIN || value > LONG_MAX) throw outOfRange(shown, causeType)
  return Number(value)
}

function truncatedLong(value: number, shown: string, causeType: string): number {
  if (!Number.isFinite(value) || value < -(2 ** 63) || value >= 2 ** 63) throw outOfRange(shown, causeType)
  return Math.trunc(value)
}

function outOfRange(shown: string, causeType: string): ValueParseError {
  const reason =
    causeType === 'input_coercion_exception'
      ? `Numeric value (${shown}) out of range of long (${LONG_MIN} - ${LONG_MAX})`
      : `Value [${shown}] is out of range for a long`
  return new ValueParseError({ type: causeType, reason })
}

/** `XContentParser.booleanValue()`: true/false, or the strings "true"/"false". */
export function booleanValue(node: JsonNode): boolean {
  if (node.kind === 'VALUE_BOOLEAN') return node.value
  const text = node.kind === 'VALUE_STRING' ? node.value : ''
  if (text === 'true' || text === 'false') return text === 'true'
  throw new ValueParseError({
    type: 'illegal_argument_exception',
    reason: `Failed to parse value [${text}] as only [true] or [false] are allowed.`,
  })
}
