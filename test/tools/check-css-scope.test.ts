// The feature-stylesheet lint: what it accepts and what it refuses, and that the real tree passes.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkFeatures, checkFeatureStylesheet } from '../../tools/check-css-scope.ts'

const check = (css: string) => checkFeatureStylesheet('jobs-list', 'x.css', css).problems.map((p) => p.message)

describe('feature stylesheet scope', () => {
  it('accepts one root rule with everything nested, comments and named keyframes', () => {
    expect(check('/* a } { */ .jobs-page { .error-text { white-space: nowrap } @media (max-width: 9px) { .x { content: "}" } } }\n@keyframes jobs-list-pulse { from { opacity: 1 } }')).toEqual([])
  })

  it('refuses a global rule such as the one that restyled the list from the job page', () => {
    expect(check('.job-page { }\n.error-text { white-space: pre-wrap }')).toEqual([
      'top-level rule ".error-text" is global: nest it inside the page\'s root class',
    ])
  })

  it('refuses global media rules, unprefixed keyframes, two roots and a stylesheet with no root', () => {
    expect(check('@media (max-width: 9px) { .x { } }')).toHaveLength(2)
    expect(check('.jobs-page { } @keyframes pulse { }')).toEqual(['@keyframes pulse must be named jobs-list-…'])
    expect(check('.jobs-page { } .job-page { }')).toEqual(['one root rule per stylesheet, found .jobs-page, .job-page'])
  })

  it('passes on the features as they are', () => {
    expect(checkFeatures(join(import.meta.dirname, '../../src/features'))).toEqual([])
  })
})
