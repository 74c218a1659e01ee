// Content negotiation for compressed answers: which coding a request's Accept-Encoding allows (RFC 9110
// §12.5.3: q-values, `q=0` refuses, `*` stands for every coding not named, identity is acceptable unless
// refused), and the ETag of each coding's variant, so a cached gzip copy never revalidates a brotli one.
// Pure functions of header values; static.ts and compress-response.ts use them.

/** The codings this server produces, in its order of preference when the client rates them equally. */
export type Coding = 'br' | 'gzip'
export type Encoding = Coding | 'identity'

export const CODINGS: readonly Coding[] = ['br', 'gzip']

/** Answers below this many bytes are sent as they are: framing and CPU would eat the saving. */
export const MIN_COMPRESSIBLE_BYTES = 1024

interface Preference {
  /** Quality per coding named in the header (lowercase). */
  named: Map<string, number>
  /** Quality of `*`, or undefined when the header has no `*`. */
  star: number | undefined
}

function parseAcceptEncoding(header: string): Preference {
  const named = new Map<string, number>()
  let star: number | undefined
  for (const entry of header.split(',')) {
    const [rawName = '', ...parameters] = entry.split(';')
    const name = rawName.trim().toLowerCase()
    if (name === '') continue
    let quality = 1
    for (const parameter of parameters) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter)
      // A malformed q makes the entry meaningless; ignoring it beats guessing.
      if (!match?.[1]) {
        quality = Number.NaN
        break
      }
      quality = Math.min(Number(match[1]), 1)
    }
    if (Number.isNaN(quality)) continue
    if (name === '*') star = quality
    // The first mention counts, like every HTTP implementation that does not merge duplicates.
    else if (!named.has(name)) named.set(name, quality)
  }
  return { named, star }
}

/**
 * The coding to answer with among `available` (a subset of CODINGS, in preference order). No header
 * means identity: a client that does not say it can decode must not get a coding (curl, probes). The
 * highest q wins; on a tie br before gzip, and a coding before identity unless identity is named with
 * a higher q. When nothing acceptable is available (e.g. `identity;q=0` alone) identity is sent anyway,
 * as servers do rather than answer 406 to a client that refused everything.
 */
export function chooseEncoding(acceptEncoding: string | null | undefined, available: readonly Coding[] = CODINGS): Encoding {
  if (acceptEncoding === null || acceptEncoding === undefined) return 'identity'
  const { named, star } = parseAcceptEncoding(acceptEncoding)
  let best: Coding | null = null
  let bestQuality = 0
  for (const coding of available) {
    const quality = named.get(coding) ?? star ?? 0
    if (quality > bestQuality) {
      best = coding
      bestQuality = quality
    }
  }
  const identityQuality = named.get('identity')
  if (best === null || (identityQuality !== undefined && identityQuality > bestQuality)) return 'identity'
  return best
}

/** The ETag of `encoding`'s variant of a representation whose identity ETag is `etag` (weak either way). */
export function variantEtag(etag: string, encoding: Encoding): string {
  if (encoding === 'identity') return etag
  const opaque = etag.replace(/^W\//, '')
  return `W/${opaque.slice(0, -1)}-${encoding}"`
}

/** Whether an If-None-Match header matches `etag` (weak comparison, lists and `*` included). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque)
}

/** Adds `Accept-Encoding` to a Vary header value, once. */
export function varyOnAcceptEncoding(headers: Headers): void {
  const vary = headers.get('vary')
  if (vary === null || vary.trim() === '') headers.set('vary', 'Accept-Encoding')
  else if (!/(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i.test(vary)) headers.set('vary', `${vary}, Accept-Encoding`)
}
