// Parses the optional "Sync cursor" of the claim form. Elasticsearch accepts only a JSON object there
// (a string, number, array or null is a 400), so the form checks it before sending anything.

export type SyncCursorResult =
  | { ok: true; value: Record<string, unknown> | undefined }
  | { ok: false; error: string }

export function parseSyncCursor(text: string): SyncCursorResult {
  const trimmed = text.trim()
  // Empty means "no cursor": the claim is sent without `sync_cursor`.
  if (trimmed === '') return { ok: true, value: undefined }
  let parsed: unknown
  try {
    parsed = JSON.parse(trimmed)
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    return { ok: false, error: `Not valid JSON (${detail}). Enter a JSON object such as {"cursor": "abc"}, or leave it empty.` }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, error: `The sync cursor must be a JSON object such as {"cursor": "abc"}, not ${describeJsonKind(parsed)}.` }
  }
  return { ok: true, value: parsed as Record<string, unknown> }
}

function describeJsonKind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return 'a boolean'
  return typeof value
}
