// Request-body parsing the way Elasticsearch's ObjectParser / ConstructingObjectParser does it: fields in
// document order, unknown fields refused (with "did you mean") by the strict top-level parsers and
// skipped by the lenient nested ones (the connector's pipeline, schedule, filtering rule… classes),
// token types checked per field, value and nested-object failures wrapped as "failed to parse field"
// at the token where parsing stopped, required constructor arguments reported together.

import { type EsCause, EsException } from './errors.ts'
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

/** A failure inside an object, with the location the parser had reached (where an enclosing parser
 *  reports its own "failed to parse field"); undefined for a top-level "Required [...]". */
export class ObjectParseFailure extends Error {
  readonly at: Location | undefined
  readonly esCause: EsCause
  constructor(location: Location | undefined, esCause: EsCause) {
    super(esCause.reason)
    this.name = 'ObjectParseFailure'
    this.at = location
    this.esCause = esCause
  }
}

export interface FieldSpec {
  name: string
  /** Tokens the field's ValueType supports; anything else is "doesn't support values of type". */
  accepts: readonly TokenKind[]
  /** May throw ValueParseError, or ObjectParseFailure for a nested object (see `parseObject`). */
  parse: (node: JsonNode) => unknown
  /** A constructor argument of a ConstructingObjectParser (required or optional). */
  constructorArg?: 'required' | 'optional'
}

export interface ParserSpec {
  name: string
  fields: readonly FieldSpec[]
  /** `ignoreUnknownFields`: the connector's nested classes skip keys they do not know. */
  lenient?: boolean
  /** Runs when the last constructor argument arrives (or at the end); throws ValueParseError. */
  build?: (values: Record<string, unknown>) => void
}

/** Parses a request body text with `spec`, returning the parsed field values by name. */
export function parseBody(spec: ParserSpec, text: string): Record<string, unknown> {
  let root: JsonNode | undefined
  try {
    root = readJson(text)
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new EsException(400, 'x_content_parse_exception', `${at(error.at)} ${error.message}`)
    throw error
  }
  try {
    if (!root) throw new ObjectParseFailure({ line: 1, column: 1 }, expectedObject(spec, '[1:1]', 'null'))
    return parseObject(spec, root)
  } catch (error) {
    if (!(error instanceof ObjectParseFailure)) throw error
    const { type, reason, causedBy } = error.esCause
    throw new EsException(400, type, reason, causedBy ? { causedBy } : {})
  }
}

/** The token after a value, where it is not itself a value: a closing bracket or the next key. */
export interface Boundary {
  kind: 'END_ARRAY' | 'END_OBJECT' | 'FIELD_NAME'
  at: Location
}

/** What follows a node inside an array or object. */
export type Following = JsonNode | Boundary

/**
 * Parses one object node with `spec`. `following` is the token after a non-object node inside an
 * array or map: ObjectParser moves one token on when it does not stand on `{`, so that token is what
 * it reports (and, when it is an object, what it parses).
 */
export function parseObject(spec: ParserSpec, node: JsonNode, following?: Following): Record<string, unknown> {
  if (node.kind !== 'START_OBJECT') {
    const next = following ?? node
    if (next.kind === 'START_OBJECT' && 'entries' in next) return parseObject(spec, next)
    throw new ObjectParseFailure(next.at, expectedObject(spec, at(next.at), next.kind))
  }

  const values: Record<string, unknown> = {}
  const constructorArgs = spec.fields.filter((field) => field.constructorArg)
  let built = false
  for (const entry of node.entries) {
    const field = spec.fields.find((candidate) => candidate.name === entry.key)
    if (!field) {
      if (spec.lenient) continue
      const known = spec.fields.map((candidate) => candidate.name)
      throw new ObjectParseFailure(entry.at, xContent(`${at(entry.at)} [${spec.name}] unknown field [${entry.key}]${didYouMean(entry.key, known)}`))
    }
    const value = entry.value
    if (!field.accepts.includes(value.kind)) {
      throw new ObjectParseFailure(value.at, xContent(`${at(value.at)} [${spec.name}] ${field.name} doesn't support values of type: ${value.kind}`))
    }
    try {
      values[field.name] = field.parse(value)
    } catch (error) {
      const inner = failureOf(error, value.at)
      if (!inner) throw error
      throw new ObjectParseFailure(inner.at, xContent(`${at(inner.at)} [${spec.name}] failed to parse field [${field.name}]`, inner.cause))
    }
    // ConstructingObjectParser builds its target as soon as every constructor argument is known.
    if (!built && field.constructorArg && constructorArgs.length > 0 && constructorArgs.every((arg) => arg.name in values)) {
      built = true
      const failure = buildFailure(spec, values)
      const where = lastToken(value)
      if (failure) throw new ObjectParseFailure(where, xContent(`${at(where)} [${spec.name}] failed to parse field [${field.name}]`, failure))
    }
  }
  if (built) return values

  // Not built yet: a required argument that is missing, or was given as null, is reported where the
  // object closes (a top-level body reports it without a location)…
  const missing = constructorArgs.filter((arg) => arg.constructorArg === 'required' && (values[arg.name] === undefined || values[arg.name] === null))
  if (missing.length > 0) {
    throw new ObjectParseFailure(node.end, { type: 'illegal_argument_exception', reason: `Required [${missing.map((arg) => arg.name).join(', ')}]` })
  }
  // …and the target is built with what there is.
  const failure = buildFailure(spec, values)
  if (failure) throw new ObjectParseFailure(node.end, failure)
  return values
}

function failureOf(error: unknown, valueAt: Location): { at: Location; cause: EsCause } | undefined {
  if (error instanceof ValueParseError) return { at: valueAt, cause: error.esCause }
  if (error instanceof ObjectParseFailure) return { at: error.at ?? valueAt, cause: error.esCause }
  return undefined
}

/** Where the parser stands once a value is read: the value itself, or the closing bracket. */
function lastToken(node: JsonNode): Location {
  return node.kind === 'START_OBJECT' || node.kind === 'START_ARRAY' ? node.end : node.at
}

function expectedObject(spec: ParserSpec, where: string, kind: string): EsCause {
  return xContent(`${where} [${spec.name}] Expected START_OBJECT but was: ${kind}`)
}

function xContent(reason: string, causedBy?: EsCause): EsCause {
  return causedBy ? { type: 'x_content_parse_exception', reason, causedBy } : { type: 'x_content_parse_exception', reason }
}

function buildFailure(spec: ParserSpec, values: Record<string, unknown>): EsCause | undefined {
  try {
    spec.build?.(values)
    return undefined
  } catch (error) {
    if (!(error instanceof ValueParseError)) throw error
    return xContent(`Failed to build [${spec.name}] after last required field arrived`, error.esCause)
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

// ---- The ValueTypes the connector API declares (ObjectParser.ValueType) -----------------------------

export const STRING: readonly TokenKind[] = ['VALUE_STRING']
export const STRING_OR_NULL: readonly TokenKind[] = ['VALUE_STRING', 'VALUE_NULL']
export const LONG: readonly TokenKind[] = ['VALUE_NUMBER', 'VALUE_STRING']
export const INT: readonly TokenKind[] = ['VALUE_NUMBER', 'VALUE_STRING']
export const BOOLEAN: readonly TokenKind[] = ['VALUE_BOOLEAN', 'VALUE_STRING']
export const OBJECT: readonly TokenKind[] = ['START_OBJECT']
export const OBJECT_OR_NULL: readonly TokenKind[] = ['START_OBJECT', 'VALUE_NULL']
export const OBJECT_OR_STRING: readonly TokenKind[] = ['START_OBJECT', 'VALUE_STRING']
export const OBJECT_ARRAY: readonly TokenKind[] = ['START_OBJECT', 'START_ARRAY']
export const STRING_ARRAY: readonly TokenKind[] = ['START_ARRAY', 'VALUE_STRING']
export const VALUE: readonly TokenKind[] = ['VALUE_BOOLEAN', 'VALUE_NULL', 'VALUE_NUMBER', 'VALUE_STRING']
export const VALUE_OBJECT_ARRAY: readonly TokenKind[] = [...VALUE, 'START_OBJECT', 'START_ARRAY']

// ---- Value parsers ---------------------------------------------------------------------------------

export function stringValue(node: JsonNode): string | null {
  return node.kind === 'VALUE_STRING' ? node.value : null
}

/** `declareObjectArray`: a single object counts as a one-element array; each item is an object. */
export function objectArray<T>(parseItem: (node: JsonNode, following?: Following) => T): (node: JsonNode) => T[] {
  return (node) => {
    if (node.kind !== 'START_ARRAY') return [parseItem(node)]
    const items: T[] = []
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as JsonNode
      if (item.kind === 'START_OBJECT') {
        items.push(parseItem(item))
        continue
      }
      // A non-object item: the parser looks at the next token (ObjectParser.parse), and an object
      // there is taken as this item.
      const after = item.kind === 'START_ARRAY' ? item.items[0] : node.items[i + 1]
      const end = item.kind === 'START_ARRAY' ? item.end : node.end
      const next: Following = after ?? { kind: 'END_ARRAY', at: end }
      items.push(parseItem(item, next))
      if (item.kind !== 'START_ARRAY' && next.kind === 'START_OBJECT') i++
    }
    return items
  }
}

/** `declareStringArray`: a single string counts as a one-element array; items are read as text. */
export function stringArray(node: JsonNode): string[] {
  const items = node.kind === 'START_ARRAY' ? node.items : [node]
  return items.map((item) => {
    switch (item.kind) {
      case 'VALUE_STRING':
        return item.value
      case 'VALUE_NUMBER':
        return item.raw
      case 'VALUE_BOOLEAN':
        return String(item.value)
      default:
        throw new ValueParseError({
          type: 'illegal_state_exception',
          reason: `Can't get text on a ${item.kind} at ${item.at.line}:${item.at.column}`,
        })
    }
  })
}

const LONG_MIN = -(2n ** 63n)
const LONG_MAX = 2n ** 63n - 1n
const INT_MIN = -(2n ** 31n)
const INT_MAX = 2n ** 31n - 1n

interface IntegerKind {
  min: bigint
  max: bigint
  /** Jackson's name in "out of range of long", and Elasticsearch's in "out of range for a long". */
  jackson: string
  elasticsearch: string
}

const LONG_KIND: IntegerKind = { min: LONG_MIN, max: LONG_MAX, jackson: 'long', elasticsearch: 'a long' }
const INT_KIND: IntegerKind = { min: INT_MIN, max: INT_MAX, jackson: 'int', elasticsearch: 'an integer' }

/** `XContentParser.longValue(coerce = true)`: numbers and numeric strings; decimals truncate. */
export function longValue(node: JsonNode): number {
  return integerValue(node, LONG_KIND)
}

/** `XContentParser.intValue(coerce = true)`, with int's range. */
export function intValue(node: JsonNode): number {
  return integerValue(node, INT_KIND)
}

function integerValue(node: JsonNode, kind: IntegerKind): number {
  if (node.kind === 'VALUE_NUMBER') {
    if (/^-?\d+$/.test(node.raw)) return checkedInteger(BigInt(node.raw), node.raw, 'input_coercion_exception', kind)
    return truncatedInteger(Number(node.raw), node.raw, 'input_coercion_exception', kind)
  }
  const text = node.kind === 'VALUE_STRING' ? node.value : ''
  const trimmed = text.trim()
  if (/^[+-]?\d+$/.test(trimmed)) return checkedInteger(BigInt(trimmed), text, 'illegal_argument_exception', kind)
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[dDfF]?$/.test(trimmed)) {
    return truncatedInteger(Number(trimmed.replace(/[dDfF]$/, '')), text, 'illegal_argument_exception', kind)
  }
  throw new ValueParseError({ type: 'number_format_exception', reason: text === '' ? 'empty String' : `For input string: "${text}"` })
}

function checkedInteger(value: bigint, shown: string, causeType: string, kind: IntegerKind): number {
  if (value < kind.min || value > kind.max) throw outOfRange(shown, causeType, kind)
  return Number(value)
}

function truncatedInteger(value: number, shown: string, causeType: string, kind: IntegerKind): number {
  if (!Number.isFinite(value) || value < Number(kind.min) || value >= Number(kind.max) + 1) throw outOfRange(shown, causeType, kind)
  return Math.trunc(value)
}

function outOfRange(shown: string, causeType: string, kind: IntegerKind): ValueParseError {
  const reason =
    causeType === 'input_coercion_exception'
      ? `Numeric value (${shown}) out of range of ${kind.jackson} (${kind.min} - ${kind.max})`
      : `Value [${shown}] is out of range for ${kind.elasticsearch}`
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
