// One incoming REST call as Elasticsearch's RestRequest sees it: raw and decoded path, query parameters
// whose reads are tracked (so unread ones can be refused), and the body, whose use is tracked too.

import { type EsCause, illegalArgument, requestBodyRequired } from './errors.ts'

/** Parameters every endpoint accepts (read by Elasticsearch's REST channel, not by handlers). */
export const GLOBAL_PARAMS = ['error_trace', 'filter_path', 'format', 'human', 'pretty'] as const

export class RestRequest {
  readonly method: string
  /** The path exactly as received (still percent-encoded); routing works on it. */
  readonly rawPath: string
  /** Path and query string as received, for "no handler" and 405 messages. */
  readonly uri: string
  readonly content: string
  private readonly params: Map<string, string>
  private readonly consumed = new Set<string>(GLOBAL_PARAMS)
  private contentUsed = false

  constructor(method: string, rawPath: string, rawQuery: string, content: string) {
    this.method = method
    this.rawPath = rawPath
    this.uri = rawQuery ? `${rawPath}?${rawQuery}` : rawPath
    this.content = content
    this.params = parseQueryString(rawQuery)
  }

  /** The decoded path, as Elasticsearch prints it in messages. */
  get path(): string {
    try {
      return decodeComponent(this.rawPath, false)
    } catch {
      return this.rawPath
    }
  }

  /** Adds a path parameter (already decoded); it counts as read. */
  setPathParam(name: string, value: string): void {
    this.params.set(name, value)
    this.consumed.add(name)
  }

  rawParam(name: string): string | undefined {
    return this.params.get(name)
  }

  param(name: string): string | undefined {
    this.consumed.add(name)
    return this.params.get(name)
  }

  paramAsInt(name: string, fallback: number): number {
    const value = this.param(name)
    if (value === undefined) return fallback
    // Java's Integer.parseInt: optional sign, ASCII digits, 32-bit range.
    const parsed = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN
    if (!Number.isInteger(parsed) || parsed < -(2 ** 31) || parsed > 2 ** 31 - 1) {
      const cause: EsCause = { type: 'number_format_exception', reason: `For input string: "${value}"` }
      throw illegalArgument(`Failed to parse int parameter [${name}] with value [${value}]`, cause)
    }
    return parsed
  }

  paramAsBoolean(name: string, fallback: boolean): boolean {
    const value = this.param(name)
    if (value === undefined) return fallback
    if (value === '' || value === 'true') return true
    if (value === 'false') return false
    throw illegalArgument(`Failed to parse value [${value}] as only [true] or [false] are allowed.`)
  }

  /** `Strings.splitStringByCommaToArray`: an empty value is an empty list, otherwise Java's split. */
  paramAsStringArray(name: string): string[] | undefined {
    const value = this.param(name)
    if (value === undefined) return undefined
    return value === '' ? [] : javaSplit(value, ',')
  }

  unconsumedParams(): string[] {
    return [...this.params.keys()].filter((name) => !this.consumed.has(name)).sort()
  }

  consumedParams(): string[] {
    return [...this.consumed]
  }

  hasContent(): boolean {
    return this.content.length > 0
  }

  /** The body, or "request body is required". */
  requiredContent(): string {
    if (!this.hasContent()) throw requestBodyRequired()
    this.contentUsed = true
    return this.content
  }

  /** The body if there is one (endpoints whose body is optional). */
  optionalContent(): string | undefined {
    if (!this.hasContent()) return undefined
    this.contentUsed = true
    return this.content
  }

  isContentConsumed(): boolean {
    return this.contentUsed
  }
}

/** Java's `String.split(sep)`: an empty input gives [""], trailing empty items are dropped. */
export function javaSplit(value: string, separator: string): string[] {
  const parts = value.split(separator)
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop()
  if (parts.length === 1 && parts[0] === '' && value !== '') return []
  return parts
}

function parseQueryString(rawQuery: string): Map<string, string> {
  const params = new Map<string, string>()
  if (!rawQuery) return params
  for (const part of rawQuery.split('&')) {
    if (part === '') continue
    const equals = part.indexOf('=')
    const name = decodeComponent(equals === -1 ? part : part.slice(0, equals), true)
    const value = equals === -1 ? '' : decodeComponent(part.slice(equals + 1), true)
    params.set(name, value)
  }
  return params
}

/** `RestUtils.decodeComponent`: percent-decoding to UTF-8 (malformed bytes become U+FFFD), `+` as a
 *  space in query strings only, and Elasticsearch's messages for broken escapes. */
export function decodeComponent(text: string, plusAsSpace: boolean): string {
  if (!text.includes('%') && !(plusAsSpace && text.includes('+'))) return text
  const bytes: number[] = []
  let out = ''
  const flush = () => {
    if (bytes.length > 0) out += new TextDecoder('utf-8').decode(new Uint8Array(bytes.splice(0)))
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    if (ch === '%') {
      if (i + 1 >= text.length) throw illegalArgument(`unterminated escape sequence at end of string: ${text}`)
      if (i + 2 >= text.length) throw illegalArgument(`partial escape sequence at end of string: ${text}`)
      const hex = text.slice(i + 1, i + 3)
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw illegalArgument(`invalid escape sequence \`%${hex}' at index ${i} of: ${text}`)
      bytes.push(Number.parseInt(hex, 16))
      i += 2
      continue
    }
    flush()
    out += plusAsSpace && ch === '+' ? ' ' : ch
  }
  flush()
  return out
}
