// Which chunks and styles a page needs before it can draw, read from Vite's build manifest
// (dist/.vite/manifest.json, `build.manifest` in vite.config.ts), so the index.html answering
// `/connectors`, `/jobs` or `/jobs/:id` names them as `<link rel="modulepreload">` and stylesheets.
// Without them the browser learns of a page's chunk only once the entry has run and the router asks
// for it: entry → page chunk → the chunks it imports, a waterfall of round trips. With them the
// preload scanner fetches all of it in parallel with the entry.
//
// The route → module table mirrors the lazy imports of src/app/router.tsx (server/ does not import
// src/); test/server/route-preloads.test.ts checks each module against the built manifest.
// Manifest format: https://vite.dev/guide/backend-integration (each chunk's `imports` are static
// imports by manifest key, `css` the styles it needs).
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { readTags, routeReads, routeReadsKey } from './route-data.ts'

export interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

export type Manifest = Record<string, ManifestChunk>

/** A page path and the modules its route loads lazily (its `lazy` component and what its loader imports). */
export interface RouteModules {
  pattern: RegExp
  modules: readonly string[]
}

export const ROUTE_MODULES: readonly RouteModules[] = [
  // `/` redirects to the overview.
  { pattern: /^\/(connectors\/?)?$/, modules: ['src/features/connectors-overview/connectors-page.tsx', 'src/api/fleet.ts'] },
  { pattern: /^\/connectors\/[^/]+\/?$/, modules: ['src/features/connector-page/connector-page.tsx'] },
  { pattern: /^\/workers\/?$/, modules: ['src/features/workers/workers-page.tsx'] },
  { pattern: /^\/jobs\/?$/, modules: ['src/features/jobs-list/jobs-page.tsx'] },
  { pattern: /^\/jobs\/new\/?$/, modules: ['src/features/create-job/create-job-page.tsx'] },
  { pattern: /^\/jobs\/[^/]+\/?$/, modules: ['src/features/job-detail/job-page.tsx'] },
]

export interface Preloads {
  /** Script files (as served, `/assets/…`) the page needs that the entry does not already load. */
  scripts: string[]
  /** Style files likewise. */
  styles: string[]
}

/** Each chunk reachable from `keys` through static imports, with the chunks themselves. */
function staticClosure(manifest: Manifest, keys: readonly string[]): ManifestChunk[] {
  const seen = new Set<string>()
  const chunks: ManifestChunk[] = []
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) return
    chunks.push(chunk)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const key of keys) visit(key)
  return chunks
}

/** The files of the page at `urlPath` beyond the entry's own, in dependency-first-seen order. */
export function routePreloads(manifest: Manifest, urlPath: string): Preloads {
  const route = ROUTE_MODULES.find((entry) => entry.pattern.test(urlPath))
  if (!route) return { scripts: [], styles: [] }
  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry)
  const entry = staticClosure(manifest, entryKeys)
  const loaded = new Set(entry.flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]))
  const page = staticClosure(manifest, route.modules)
  const scripts = [...new Set(page.map((chunk) => chunk.file))].filter((file) => !loaded.has(file))
  const styles = [...new Set(page.flatMap((chunk) => chunk.css ?? []))].filter((file) => !loaded.has(file))
  return { scripts: scripts.map((file) => `/${file}`), styles: styles.map((file) => `/${file}`) }
}

/** The `<link>` tags for `preloads`, as Vite writes its own (`crossorigin`, matching the entry script). */
export function preloadTags({ scripts, styles }: Preloads): string {
  return [
    ...scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
    ...styles.map((href) => `<link rel="stylesheet" crossorigin href="${href}">`),
  ].join('\n    ')
}

/** `html` with the page's tags before `</head>`; unchanged when the page needs none. */
export function withPreloads(html: string, tags: string): string {
  return tags === '' ? html : html.replace('</head>', `  ${tags}\n  </head>`)
}

const routeIndex = (urlPath: string) => ROUTE_MODULES.findIndex((entry) => entry.pattern.test(urlPath))

/** What static.ts asks of the manifest when it builds a page's index.html. */
export interface RoutePreloads {
  /** Changes when the manifest does (a new build, or one that was still being written before). */
  version(): Promise<string>
  /** Pages of one route get the same tags: their index.html can be built and compressed once. */
  key(urlPath: string, search: string): string
  /**
   * `html` with the tags of the page at `urlPath` and query string `search`: its chunks and styles
   * (none without a manifest) and its first reads (route-data.ts).
   */
  html(html: string, urlPath: string, search: string): Promise<string>
}

/** Reads dist/.vite/manifest.json once per build (keyed by its mtime and size, like index.html). */
export function createRoutePreloads(distDir: string): RoutePreloads {
  const file = path.join(path.resolve(distDir), '.vite', 'manifest.json')
  let cached: { version: string; manifest: Manifest } | null = null

  async function current(): Promise<{ version: string; manifest: Manifest | null }> {
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return { version: 'none', manifest: null }
    const version = `${info.mtimeMs}-${info.size}`
    if (cached?.version === version) return cached
    const text = await readFile(file, 'utf8').catch(() => null)
    try {
      if (text === null) return { version: 'none', manifest: null }
      cached = { version, manifest: JSON.parse(text) as Manifest }
      return cached
    } catch {
      // Being written by `vite build`: no tags until it is complete.
      return { version: 'incomplete', manifest: null }
    }
  }

  return {
    version: async () => (await current()).version,
    key: (urlPath, search) => `${routeIndex(urlPath)}${routeReadsKey(urlPath, search)}`,
    async html(html, urlPath, search) {
      const { manifest } = await current()
      const chunks = manifest && routeIndex(urlPath) >= 0 ? preloadTags(routePreloads(manifest, urlPath)) : ''
      return withPreloads(html, [chunks, ...readTags(routeReads(urlPath, search))].filter(Boolean).join('\n    '))
    },
  }
}
