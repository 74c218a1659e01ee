// A small seeded PRNG and the draws the seed and the worker need, so both are reproducible from one
// number (the emulator's --seed) and tests can inject their own source of randomness.

/** A source of uniform numbers in [0, 1), like Math.random. */
export type Random = () => number

/** mulberry32: 32-bit state, fast, good enough for fake data; not for anything secret. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [min, max] (both inclusive). */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

/** A float in [min, max). */
export function randomBetween(random: Random, min: number, max: number): number {
  return min + random() * (max - min)
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick() from an empty list')
  return item
}

/** Picks a key with probability proportional to its weight. */
export function weighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][]
  let total = 0
  for (const [, weight] of entries) total += weight
  let roll = random() * total
  for (const [key, weight] of entries) {
    roll -= weight
    if (roll < 0) return key
  }
  // Only reachable through floating-point rounding on the last entry.
  return entries[entries.length - 1]![0]
}

const URL_SAFE_BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * A 20-character URL-safe base64 id, the shape of the ids Elasticsearch generates for documents.
 * Each draw yields 24 bits (four characters), so an id costs five draws.
 */
export function randomDocumentId(random: Random): string {
  let id = ''
  for (let draw = 0; draw < 5; draw++) {
    const bits = Math.floor(random() * 16777216)
    id +=
      URL_SAFE_BASE64[bits >>> 18]! +
      URL_SAFE_BASE64[(bits >>> 12) & 63]! +
      URL_SAFE_BASE64[(bits >>> 6) & 63]! +
      URL_SAFE_BASE64[bits & 63]!
  }
  return id
}

/** A version-4-looking UUID (Kibana's shape for filtering rule ids). */
export function randomUuid(random: Random): string {
  let hex = ''
  for (let i = 0; i < 8; i++) hex += Math.floor(random() * 65536).toString(16).padStart(4, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[randomInt(random, 0, 3)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
