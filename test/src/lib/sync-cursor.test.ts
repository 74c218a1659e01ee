import { describe, expect, it } from 'vitest'
import { parseSyncCursor } from '../../../src/lib/sync-cursor.ts'

describe('parseSyncCursor', () => {
  it('treats empty or blank text as no cursor', () => {
    expect(parseSyncCursor('')).toEqual({ ok: true, value: undefined })
    expect(parseSyncCursor('   \n')).toEqual({ ok: true, value: undefined })
  })

  it('accepts a JSON object, empty included', () => {
    expect(parseSyncCursor('{"cursor": "abc", "n": 1}')).toEqual({ ok: true, value: { cursor: 'abc', n: 1 } })
    expect(parseSyncCursor('{}')).toEqual({ ok: true, value: {} })
  })

  it('rejects text that is not JSON', () => {
    expect(parseSyncCursor('{cursor: abc}')).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/i) })
  })

  it.each([
    ['[1, 2]', 'an array'],
    ['"abc"', 'a string'],
    ['42', 'a number'],
    ['null', 'null'],
    ['true', 'a boolean'],
  ])('rejects %s as not an object', (text, kind) => {
    expect(parseSyncCursor(text)).toEqual({ ok: false, error: expect.stringContaining(`not ${kind}`) })
  })
})
