// The order of strings no one reads as words (ids, keys, service types, host names): by UTF-16 code
// unit, the same in every browser and locale. `localeCompare` would set up ICU's collation on its
// first call, 14 to 18 ms of a page load's main thread (lib/format.ts), to order opaque ids.
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
