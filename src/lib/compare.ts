// The order of strings no one reads as words (ids, keys, service types, host names): by UTF-16 code
// unit, the same in every browser and locale. `localeCompare` would set up ICU's collation on its
// first call, 14 to 18 ms of a page load's main thread (lib/format.ts), to order opaque ids.
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const FOLDED_NAMES_KEPT = 10_000
const foldedNames = new Map<string, string>()

/** A name as the name order reads it, accents and case aside: "Élan" → "elan". */
function folded(name: string): string {
  let key = foldedNames.get(name)
  if (key === undefined) {
    // Canonical decomposition puts each accent in a combining mark of its own, which goes.
    key = name.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase()
    if (foldedNames.size < FOLDED_NAMES_KEPT) foldedNames.set(name, key)
  }
  return key
}

/**
 * The order of names people read (connectors): case and accents aside, then by code unit — "élan"
 * beside "Elan", both before "Flow" — the same in every browser and locale; names equal this way fall
 * to the caller's next key. Not an Intl.Collator: setting one up took 12 to 21 ms of the overview's
 * main thread at load (a CPU profile at 412 px), one long task under Lighthouse's 4× slowdown, where
 * String.prototype.normalize takes under a millisecond.
 */
export function compareNames(a: string, b: string): number {
  return compareCodeUnits(folded(a), folded(b))
}
