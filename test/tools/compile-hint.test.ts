import { describe, expect, it } from 'vitest'
import { COMPILE_HINT, hintOnFirstLine } from '../../tools/compile-hint.ts'

describe('the compile hint on the first line', () => {
  it('moves the hint above what Vite put before it, and leaves the rest as it was', () => {
    const helper = 'const __vite__mapDeps=(i,m=__vite__mapDeps)=>i.map(j=>m[j]);'
    const code = `${helper}\n${COMPILE_HINT}\nimport{a}from"./vendor.js";a();\n//# sourceMappingURL=x.js.map`
    expect(hintOnFirstLine(code)).toBe(`${COMPILE_HINT}\n${helper}\nimport{a}from"./vendor.js";a();\n//# sourceMappingURL=x.js.map`)
    // As many lines as before: the code after them keeps its line in the source map.
    expect(hintOnFirstLine(code).split('\n')).toHaveLength(code.split('\n').length)
  })

  it('leaves a chunk that already starts with it, or has none, alone', () => {
    const first = `${COMPILE_HINT}\nimport{a}from"./vendor.js";`
    expect(hintOnFirstLine(first)).toBe(first)
    expect(hintOnFirstLine('export const a = 1')).toBe('export const a = 1')
  })
})
