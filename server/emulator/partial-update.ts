// Elasticsearch's partial-update merge (`XContentHelper.update`, used by UpdateRequest.doc with noop
// detection): objects merge key by key, recursively; anything else — scalars, arrays, null — replaces.
// The update is a "noop" when nothing changed, which the connector endpoints report as
// `{"result":"noop"}`.

import { setOwn } from './json-reader.ts'

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Merges `changes` into a copy of `base`; reports whether any value differs. */
export function mergeDocument(base: Record<string, unknown>, changes: Record<string, unknown>): { merged: Record<string, unknown>; changed: boolean } {
  const merged: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(base)) setOwn(merged, key, value)
  let changed = false
  for (const [key, value] of Object.entries(changes)) {
    if (!Object.hasOwn(merged, key)) {
      setOwn(merged, key, value)
      changed = true
      continue
    }
    const current = merged[key]
    if (isPlainObject(current) && isPlainObject(value)) {
      const nested = mergeDocument(current, value)
      changed ||= nested.changed
      setOwn(merged, key, nested.merged)
    } else {
      changed ||= !deepEqual(current, value)
      setOwn(merged, key, value)
    }
  }
  return { merged, changed }
}

/** Java's `Objects.equals` on parsed JSON: maps compare without key order, lists in order. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]))
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
}
