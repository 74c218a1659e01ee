// Lint for feature stylesheets (run by `npm run lint`): a feature's CSS stays loaded once its page has
// been visited, so a bare `.error-text` in the job page's stylesheet restyled the jobs list after a
// visit and Back. Every stylesheet under src/features/<name>/ must therefore be one rule on its page's
// root class (`.<something>-page { … }`, everything else nested inside it), with no two features
// sharing a root; the only other top-level rules allowed are @keyframes named `<name>-…`.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface ScopeProblem {
  file: string
  message: string
}

/** The top-level preludes of a stylesheet (selectors and at-rules), comments and strings skipped. */
export function topLevelPreludes(css: string): string[] {
  const preludes: string[] = []
  let depth = 0
  let current = ''
  for (let i = 0; i < css.length; i++) {
    if (css.startsWith('/*', i)) {
      const end = css.indexOf('*/', i + 2)
      i = end === -1 ? css.length : end + 1
      continue
    }
    const char = css[i]
    if (char === '"' || char === "'") {
      const end = css.indexOf(char, i + 1)
      if (depth === 0) current += css.slice(i, end + 1)
      i = end === -1 ? css.length : end
      continue
    }
    if (char === '{') {
      if (depth === 0) preludes.push(current.trim())
      depth++
    } else if (char === '}') {
      depth--
      current = ''
    } else if (depth === 0) {
      current += char
      if (char === ';') current = '' // a top-level statement such as @import
    }
  }
  return preludes
}

export function checkFeatureStylesheet(feature: string, file: string, css: string): { root?: string; problems: ScopeProblem[] } {
  const problems: ScopeProblem[] = []
  const roots: string[] = []
  for (const prelude of topLevelPreludes(css)) {
    if (/^@keyframes\s/.test(prelude)) {
      const name = prelude.replace(/^@keyframes\s+/, '')
      if (!name.startsWith(`${feature}-`)) problems.push({ file, message: `@keyframes ${name} must be named ${feature}-…` })
    } else if (/^\.[a-z][a-z0-9-]*-page$/.test(prelude)) {
      roots.push(prelude)
    } else {
      problems.push({ file, message: `top-level rule "${prelude}" is global: nest it inside the page's root class` })
    }
  }
  if (roots.length > 1) problems.push({ file, message: `one root rule per stylesheet, found ${roots.join(', ')}` })
  if (css.trim() && roots.length === 0) problems.push({ file, message: 'no root rule: wrap the stylesheet in its page root class, e.g. .jobs-page { … }' })
  return { root: roots[0], problems }
}

export function checkFeatures(featuresDir: string): ScopeProblem[] {
  const problems: ScopeProblem[] = []
  const owners = new Map<string, string>()
  for (const feature of readdirSync(featuresDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const dir = join(featuresDir, feature.name)
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.css'))
    for (const name of files) {
      const file = join(dir, name)
      const result = checkFeatureStylesheet(feature.name, file, readFileSync(file, 'utf8'))
      problems.push(...result.problems)
      if (!result.root) continue
      const owner = owners.get(result.root)
      if (owner && owner !== feature.name) problems.push({ file, message: `${result.root} is already the root of ${owner}` })
      owners.set(result.root, feature.name)
    }
  }
  return problems
}

if (import.meta.main) {
  const problems = checkFeatures(join(import.meta.dirname, '..', 'src', 'features'))
  for (const problem of problems) console.error(`${problem.file}: ${problem.message}`)
  if (problems.length > 0) process.exit(1)
}
