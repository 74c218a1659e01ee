// A JSON reader that keeps each token's `line:column`, because Elasticsearch's body errors cite them
// (`[1:13] [parser] unknown field [foo]`), and where each object and array closes (a missing
// field is reported at the closing brace). It behaves like Elasticsearch's Jackson setup: duplicate keys
// are refused, nesting is limited, and syntax errors carry a Jackson-style message.

export interface Location {
  line: number
  column: number
}

/** Elasticsearch's names for the token a value starts with. */
export type TokenKind = 'START_OBJECT' | 'START_ARRAY' | 'VALUE_STRING' | 'VALUE_NUMBER' | 'VALUE_BOOLEAN' | 'VALUE_NULL'

export type JsonNode =
  | { kind: 'START_OBJECT'; at: Location; end: Location; entries: JsonEntry[] }
  | { kind: 'START_ARRAY'; at: Location; end: Location; items: JsonNode[] }
  | { kind: 'VALUE_STRING'; at: Location; value: string }
  | { kind: 'VALUE_NUMBER'; at: Location; raw: string }
  | { kind: 'VALUE_BOOLEAN'; at: Location; value: boolean }
  | { kind: 'VALUE_NULL'; at: Location }

export interface JsonEntry {
  key: string
  at: Location
  value: JsonNode
}

export class JsonSyntaxError extends Error {
  readonly at: Location
  constructor(at: Location, message: string) {
    super(message)
    this.name = 'JsonSyntaxError'
    this.at = at
  }
}

/** Jackson's default `StreamReadConstraints.maxNestingDepth`. */
const MAX_DEPTH = 1000
const VALUE_EXPECTED = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')"

/** Reads the first JSON value of `text` (trailing content is ignored, as Elasticsearch's parsers do).
 *  Returns undefined for a body holding only whitespace. */
export function readJson(text: string): JsonNode | undefined {
  const reader = new Reader(text)
  reader.skipWhitespace()
  if (reader.atEnd()) return undefined
  return reader.value(0)
}

class Reader {
  private readonly text: string
  private pos = 0
  private line = 1
  private lineStart = 0

  constructor(text: string) {
    this.text = text
  }

  atEnd(): boolean {
    return this.pos >= this.text.length
  }

  location(): Location {
    return { line: this.line, column: this.pos - this.lineStart + 1 }
  }

  skipWhitespace(): void {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]
      if (ch === '\n') {
        this.pos++
        this.line++
        this.lineStart = this.pos
      } else if (ch === ' ' || ch === '\t' || ch === '\r') {
        this.pos++
      } else {
        return
      }
    }
  }

  value(depth: number): JsonNode {
    this.skipWhitespace()
    const at = this.location()
    const ch = this.text[this.pos]
    if (ch === undefined) throw new JsonSyntaxError(at, `Unexpected end-of-input: expected a valid value ${VALUE_EXPECTED}`)
    if (ch === '{' || ch === '[') {
      if (depth + 1 > MAX_DEPTH) {
        throw new JsonSyntaxError(at, `Document nesting depth (${depth + 1}) exceeds the maximum allowed (${MAX_DEPTH}, from \`StreamReadConstraints.getMaxNestingDepth()\`)`)
      }
      return ch === '{' ? this.object(at, depth + 1) : this.array(at, depth + 1)
    }
    if (ch === '"') return { kind: 'VALUE_STRING', at, value: this.string() }
    if (ch === '-' || (ch >= '0' && ch <= '9')) return { kind: 'VALUE_NUMBER', at, raw: this.number() }
    const word = /^[A-Za-z0-9_$]+/.exec(this.text.slice(this.pos, this.pos + 256))?.[0] ?? ''
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length
      return word === 'null' ? { kind: 'VALUE_NULL', at } : { kind: 'VALUE_BOOLEAN', at, value: word === 'true' }
    }
    if (word) throw new JsonSyntaxError(at, `Unrecognized token '${word}': was expecting ${VALUE_EXPECTED}`)
    throw new JsonSyntaxError(at, `${unexpected(ch)}: expected a valid value ${VALUE_EXPECTED}`)
  }

  private object(at: Location, depth: number): JsonNode {
    this.pos++ // {
    const entries: JsonEntry[] = []
    const seen = new Set<string>()
    this.skipWhitespace()
    if (this.text[this.pos] === '}') {
      const end = this.location()
      this.pos++
      return { kind: 'START_OBJECT', at, end, entries }
    }
    for (;;) {
      this.skipWhitespace()
      const keyAt = this.location()
      const ch = this.text[this.pos]
      if (ch === undefined) throw this.endOfInput('Object', at)
      if (ch !== '"') throw new JsonSyntaxError(keyAt, `${unexpected(ch)}: was expecting double-quote to start field name`)
      const key = this.string()
      if (seen.has(key)) throw new JsonSyntaxError(keyAt, `Duplicate field '${key}'`)
      seen.add(key)
      this.skipWhitespace()
      const colon = this.text[this.pos]
      if (colon === undefined) throw this.endOfInput('Object', at)
      if (colon !== ':') throw new JsonSyntaxError(this.location(), `${unexpected(colon)}: was expecting a colon to separate field name and value`)
      this.pos++
      entries.push({ key, at: keyAt, value: this.value(depth) })
      this.skipWhitespace()
      const next = this.text[this.pos]
      if (next === undefined) throw this.endOfInput('Object', at)
      const end = this.location()
      this.pos++
      if (next === '}') return { kind: 'START_OBJECT', at, end, entries }
      if (next !== ',') {
        this.pos--
        throw new JsonSyntaxError(this.location(), `${unexpected(next)}: was expecting comma to separate Object entries`)
      }
    }
  }

  private array(at: Location, depth: number): JsonNode {
    this.pos++ // [
    const items: JsonNode[] = []
    this.skipWhitespace()
    if (this.text[this.pos] === ']') {
      const end = this.location()
      this.pos++
      return { kind: 'START_ARRAY', at, end, items }
    }
    for (;;) {
      if (this.atEnd()) throw this.endOfInput('Array', at)
      items.push(this.value(depth))
      this.skipWhitespace()
      const next = this.text[this.pos]
      if (next === undefined) throw this.endOfInput('Array', at)
      const end = this.location()
      this.pos++
      if (next === ']') return { kind: 'START_ARRAY', at, end, items }
      if (next !== ',') {
        this.pos--
        throw new JsonSyntaxError(this.location(), `${unexpected(next)}: was expecting comma to separate Array entries`)
      }
    }
  }

  private string(): string {
    const start = this.location()
    this.pos++ // opening quote
    let out = ''
    for (;;) {
      const ch = this.text[this.pos]
      if (ch === undefined) throw new JsonSyntaxError(this.location(), `Unexpected end-of-input in VALUE_STRING (starting at line ${start.line}, column ${start.column})`)
      if (ch === '"') {
        this.pos++
        return out
      }
      if (ch === '\\') {
        out += this.escape()
        continue
      }
      if (ch < ' ') {
        throw new JsonSyntaxError(this.location(), `Illegal unquoted character ((CTRL-CHAR, code ${ch.charCodeAt(0)})): has to be escaped using backslash to be included in string value`)
      }
      out += ch
      this.pos++
    }
  }

  private escape(): string {
    const ch = this.text[this.pos + 1]
    this.pos += 2
    const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }
    if (ch !== undefined && ch in simple) return simple[ch] ?? ''
    if (ch === 'u') {
      const hex = this.text.slice(this.pos, this.pos + 4)
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        throw new JsonSyntaxError(this.location(), 'Unexpected character: expected a hex-digit for character escape sequence')
      }
      this.pos += 4
      return String.fromCharCode(Number.parseInt(hex, 16))
    }
    if (ch === undefined) throw new JsonSyntaxError(this.location(), 'Unexpected end-of-input in character escape sequence')
    throw new JsonSyntaxError(this.location(), `Unrecognized character escape '${ch}' (code ${ch.charCodeAt(0)})`)
  }

  private number(): string {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 1100))
    const raw = match?.[0] ?? ''
    const after = this.text[this.pos + raw.length]
    if (!raw || raw === '-' || (after !== undefined && /[0-9.eE]/.test(after))) {
      const at = this.location()
      if (/^-?0\d/.test(this.text.slice(this.pos, this.pos + 3))) throw new JsonSyntaxError(at, 'Invalid numeric value: Leading zeroes not allowed')
      throw new JsonSyntaxError(at, 'Invalid numeric value: malformed number')
    }
    if (raw.length > 1000) throw new JsonSyntaxError(this.location(), `Number value length (${raw.length}) exceeds the maximum allowed (1000)`)
    this.pos += raw.length
    return raw
  }

  private endOfInput(kind: 'Object' | 'Array', start: Location): JsonSyntaxError {
    return new JsonSyntaxError(
      this.location(),
      `Unexpected end-of-input: expected close marker for ${kind} (start marker at line: ${start.line}, column: ${start.column})`,
    )
  }
}

function unexpected(ch: string): string {
  const code = ch.codePointAt(0) ?? 0
  const shown = code < 32 ? `(CTRL-CHAR, code ${code})` : `'${ch}' (code ${code})`
  return `Unexpected character (${shown})`
}

/** The plain JavaScript value of a node. Keys such as `__proto__` stay ordinary own properties. */
export function toPlain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'START_OBJECT': {
      const out: Record<string, unknown> = {}
      for (const entry of node.entries) setOwn(out, entry.key, toPlain(entry.value))
      return out
    }
    case 'START_ARRAY':
      return node.items.map(toPlain)
    case 'VALUE_STRING':
    case 'VALUE_BOOLEAN':
      return node.value
    case 'VALUE_NUMBER':
      return Number(node.raw)
    case 'VALUE_NULL':
      return null
  }
}

/** Assigns without ever touching a prototype (`obj.__proto__ = …` would). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}
