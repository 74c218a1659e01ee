// The app's type scale (src/app/styles.css): every stylesheet and chart keeps to five sizes, two weights
// and the two families, because each family × size × weight a page shows costs a font lookup at its
// first layout.
import { readFileSync, globSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(import.meta.dirname, '../../../src')
const SIZES = ['12px', '13px', '14px', '16px', '20px']
const WEIGHTS = ['400', '600']
const FAMILIES = ['var(--font)', 'var(--mono)', 'var(--mono, monospace)', 'inherit']

const sources = (pattern: string) => globSync(pattern, { cwd: SRC }).map((file) => ({ file, text: readFileSync(path.join(SRC, file), 'utf8') }))
/** Each `property: value` declaration of a stylesheet, with its file. */
const declared = (property: string) =>
  sources('**/*.css').flatMap(({ file, text }) => [...text.matchAll(new RegExp(`(?<![-\\w])${property}:\\s*([^;}]+)`, 'g'))].map((match) => `${file}: ${match[1]!.trim()}`))
const value = (declaration: string) => declaration.slice(declaration.indexOf(': ') + 2)

describe('the type scale', () => {
  it('sizes text in the five sizes only', () => {
    const sizes = declared('font-size')
    expect(sizes.length).toBeGreaterThan(50)
    expect(sizes.filter((size) => !SIZES.includes(value(size)))).toEqual([])
  })

  it('weighs text 400 or 600 only', () => {
    const weights = declared('font-weight')
    expect(weights.length).toBeGreaterThan(20)
    expect(weights.filter((weight) => !WEIGHTS.includes(value(weight)))).toEqual([])
  })

  it('sets no family but the two of styles.css, and no font shorthand but inherit', () => {
    expect(declared('font-family').filter((family) => !FAMILIES.includes(value(family)))).toEqual([])
    expect(declared('font').filter((font) => value(font) !== 'inherit')).toEqual([])
  })

  it("gives the charts' axis labels the page's family and a size of the scale", () => {
    const labels = sources('**/*.tsx').flatMap(({ file, text }) => [...text.matchAll(/tickLabelProps=\{\{([^}]*)\}\}/g)].map((match) => ({ file, props: match[1]! })))
    expect(labels.length).toBeGreaterThanOrEqual(3)
    expect(labels.filter(({ props }) => !props.includes("fontFamily: 'inherit'"))).toEqual([])
    expect(labels.filter(({ props }) => !SIZES.includes(`${props.match(/fontSize: (\d+)/)?.[1]}px`))).toEqual([])
  })
})
