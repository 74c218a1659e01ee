// The Accept-Encoding rules of server/content-encoding.ts (RFC 9110 §12.5.3) and the per-variant
// ETags, as pure functions; compression.test.ts checks the same rules over HTTP.

import { describe, expect, it } from 'vitest'
import { chooseEncoding, etagMatches, variantEtag, varyOnAcceptEncoding } from '../../server/content-encoding.ts'

describe('chooseEncoding', () => {
  it.each([
    // No header: a client that did not say it decodes anything (curl, probes) gets identity.
    [undefined, 'identity'],
    [null, 'identity'],
    ['', 'identity'],
    ['identity', 'identity'],
    // What browsers send.
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
    // Equal q: the server's preference, br before gzip.
    ['gzip, br', 'br'],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    // Higher q wins, whatever the server prefers.
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0.8, gzip;q=0.9', 'gzip'],
    // q=0 refuses.
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['br;q=0.000, gzip;q=0.0', 'identity'],
    // `*` stands for every coding not named.
    ['*', 'br'],
    ['gzip, *;q=0.1', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['*;q=0', 'identity'],
    ['*;q=0, gzip', 'gzip'],
    // identity: refused, or preferred when named with a higher q.
    ['gzip, identity;q=0', 'gzip'],
    ['identity;q=1, gzip;q=0.5', 'identity'],
    ['identity;q=0.5, gzip;q=0.5', 'gzip'],
    // Nothing acceptable is available: identity anyway (no 406 for a client that refused everything).
    ['identity;q=0', 'identity'],
    ['deflate, zstd', 'identity'],
    // Spelling: case, spaces, other parameters make an entry meaningless, malformed q ignored.
    ['GZIP , BR ; Q=0.9', 'gzip'],
    ['br;q=2, gzip', 'gzip'],
    ['br;q=abc, gzip', 'gzip'],
    ['br;level=1, gzip;q=0.1', 'gzip'],
    [' , ,gzip', 'gzip'],
  ])('%j → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected)
  })

  it('chooses only among the variants that exist', () => {
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip')
    expect(chooseEncoding('br', ['gzip'])).toBe('identity')
    expect(chooseEncoding('br, gzip', [])).toBe('identity')
  })
})

describe('variant ETags', () => {
  it('gives each coding its own weak ETag and keeps identity’s as it is', () => {
    expect(variantEtag('W/"1a-2b"', 'identity')).toBe('W/"1a-2b"')
    expect(variantEtag('W/"1a-2b"', 'br')).toBe('W/"1a-2b-br"')
    expect(variantEtag('"1a-2b"', 'gzip')).toBe('W/"1a-2b-gzip"')
  })

  it('matches If-None-Match weakly, in lists and with *', () => {
    expect(etagMatches('W/"1a-br"', 'W/"1a-br"')).toBe(true)
    expect(etagMatches('"1a-br"', 'W/"1a-br"')).toBe(true)
    expect(etagMatches('"x", W/"1a-br" , "y"', 'W/"1a-br"')).toBe(true)
    expect(etagMatches('*', 'W/"1a"')).toBe(true)
    expect(etagMatches('W/"1a"', 'W/"1a-br"')).toBe(false)
    expect(etagMatches('W/"1a-gzip"', 'W/"1a-br"')).toBe(false)
    expect(etagMatches(undefined, 'W/"1a"')).toBe(false)
    expect(etagMatches('', 'W/"1a"')).toBe(false)
  })
})

describe('varyOnAcceptEncoding', () => {
  it.each([
    [null, 'Accept-Encoding'],
    ['Origin', 'Origin, Accept-Encoding'],
    ['accept-encoding', 'accept-encoding'],
    ['Origin, Accept-Encoding', 'Origin, Accept-Encoding'],
    ['*', '*'],
  ])('Vary: %s → %s', (before, after) => {
    const headers = new Headers(before === null ? {} : { vary: before })
    varyOnAcceptEncoding(headers)
    expect(headers.get('vary')).toBe(after)
  })
})
