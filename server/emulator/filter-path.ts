// Elasticsearch's `filter_path` response filtering: comma-separated dotted paths, `*` inside a name,
// `**` for any depth, a leading `-` to exclude; arrays are transparent and emptied objects disappear.
// Elasticsearch filters successful responses only (errors are built without filtering).

const MISSING = Symbol('missing')
type Filtered = unknown | typeof MISSING
type Pattern = readonly string[]

export function applyFilterPath(body: unknown, spec: string): unknown {
  const paths = spec
    .split(',')
    .map((path) => path.trim())
    .filter((path) => path !== '' && path !== '-')
  const includes = paths.filter((path) => !path.startsWith('-')).map((path) => path.split('.'))
  const excludes = paths.filter((path) => path.startsWith('-')).map((path) => path.slice(1).split('.'))
  let result: Filtered = includes.length > 0 ? include(body, includes) : body
  if (result !== MISSING && excludes.length > 0) result = exclude(result, excludes)
  return result === MISSING ? {} : result
}

function include(value: unknown, patterns: Pattern[]): Filtered {
  if (patterns.some((pattern) => pattern.length === 0)) return value
  if (Array.isArray(value)) {
    const kept = value.map((item) => include(item, patterns)).filter((item) => item !== MISSING)
    return kept.length > 0 ? kept : MISSING
  }
  if (!isObject(value)) return MISSING
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) {
    const next = advance(patterns, key)
    if (next.length === 0) continue
    const kept = include(child, next)
    if (kept !== MISSING) Object.defineProperty(out, key, { value: kept, enumerable: true, writable: true, configurable: true })
  }
  return Object.keys(out).length > 0 ? out : MISSING
}

function exclude(value: unknown, patterns: Pattern[]): Filtered {
  if (patterns.some((pattern) => pattern.length === 0)) return MISSING
  if (Array.isArray(value)) return value.map((item) => exclude(item, patterns)).filter((item) => item !== MISSING)
  if (!isObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) {
    const next = advance(patterns, key)
    const kept = next.length === 0 ? child : exclude(child, next)
    if (kept !== MISSING) Object.defineProperty(out, key, { value: kept, enumerable: true, writable: true, configurable: true })
  }
  return out
}

/** The patterns that remain for the children of field `key`. */
function advance(patterns: Pattern[], key: string): Pattern[] {
  const next: Pattern[] = []
  for (const pattern of patterns) {
    const [head, ...rest] = pattern
    if (head === '**') {
      next.push(pattern) // `**` swallows this field and may swallow more
      if (rest.length === 0) next.push([])
      else if (nameMatches(rest[0] ?? '', key)) next.push(rest.slice(1))
    } else if (head !== undefined && nameMatches(head, key)) {
      next.push(rest)
    }
  }
  return next
}

function nameMatches(glob: string, name: string): boolean {
  if (!glob.includes('*')) return glob === name
  const parts = glob.split('*')
  const first = parts[0] ?? ''
  const last = parts[parts.length - 1] ?? ''
  if (!name.startsWith(first) || !name.endsWith(last) || name.length < first.length + last.length) return false
  let position = first.length
  for (const middle of parts.slice(1, -1)) {
    const found = name.indexOf(middle, position)
    if (found === -1 || found + middle.length > name.length - last.length) return false
    position = found + middle.length
  }
  return true
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
