// Serves the built app from dist/: hashed files under /assets/ cached for a year, other files and
// index.html revalidated, and index.html for every page URL (the SPA's router takes it from there).
// dist/ is read at request time, so the server can start before `vite build` has finished: pages
// answer 503 until index.html exists, which is what a readiness probe (Playwright) waits for.
// Compressed by Accept-Encoding (content-encoding.ts): an asset from the `.br` / `.gz` file that
// tools/precompress.ts wrote beside it, index.html compressed once per build and kept with it; each
// variant with its own ETag and Content-Length, and `Vary: Accept-Encoding` on all of them.

import { readFile, stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import path from 'node:path'
import type { Context } from 'hono'
import { chooseEncoding, etagMatches, MIN_COMPRESSIBLE_BYTES, variantEtag, type Coding, type Encoding } from './content-encoding.ts'
import type { ServerConfig } from '../contract/syncboard-protocol.ts'
import { configMetaTag } from './config-meta.ts'
import { createRoutePreloads, withPreloads } from './route-preloads.ts'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

/** The file suffix of each coding's precompressed variant (tools/precompress.ts writes them). */
const VARIANT_SUFFIX: Record<Coding, string> = { br: '.br', gzip: '.gz' }

interface CachedIndex {
  version: string
  html: Buffer<ArrayBuffer>
  /** Each coding's variant, made on the first request that asks for it. */
  compressed: Partial<Record<Coding, Promise<Buffer<ArrayBuffer>>>>
}

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

interface FoundFile {
  file: string
  size: number
  mtimeMs: number
}

/** Each coding with a precompressed file beside `file` (same build: not older than the file). */
async function precompressedCodings(file: string, mtimeMs: number): Promise<Map<Coding, FoundFile>> {
  const found = new Map<Coding, FoundFile>()
  for (const coding of ['br', 'gzip'] as const) {
    const variant = file + VARIANT_SUFFIX[coding]
    const info = await stat(variant).catch(() => null)
    if (info?.isFile() && info.mtimeMs >= mtimeMs) found.set(coding, { file: variant, size: info.size, mtimeMs: info.mtimeMs })
  }
  return found
}

/** Once per build and coding, so the best compression costs nothing per page view. */
function compressIndex(html: Buffer, coding: Coding): Promise<Buffer<ArrayBuffer>> {
  // zlib's results are fresh buffers of their own (never a SharedArrayBuffer), whatever the typings say.
  if (coding === 'gzip') return gzip(html, { level: 9 }) as Promise<Buffer<ArrayBuffer>>
  return brotli(html, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.byteLength,
    },
  }) as Promise<Buffer<ArrayBuffer>>
}

export function createStaticHandler(distDir: string, serverConfig: ServerConfig) {
  const root = path.resolve(distDir)
  // The server's config is written into every page (config-meta.ts); it is part of the page's ETag, so
  // a browser holding the page of a server started otherwise (read-only now, say) gets the new one.
  const configTag = configMetaTag(serverConfig)
  // index.html is read once per build (keyed by mtime and size) and route, not once per page view, and
  // only once it is complete: vite may be writing it while a request comes in. Each route's copy names
  // that page's own chunks as preloads (route-preloads.ts), from the build's manifest.
  const preloads = createRoutePreloads(root)
  const cachedIndexes = new Map<string, CachedIndex>()

  async function readIndex(urlPath: string, search: string): Promise<CachedIndex | null> {
    const info = await stat(path.join(root, 'index.html')).catch(() => null)
    if (!info?.isFile()) return null
    const version = `${info.mtimeMs}-${info.size}-${await preloads.version()}-${serverConfig.mode}${serverConfig.readOnly ? '-ro' : ''}`
    const key = preloads.key(urlPath, search)
    const cachedIndex = cachedIndexes.get(key)
    if (cachedIndex?.version === version) return cachedIndex
    const html = await readFile(path.join(root, 'index.html')).catch(() => null)
    if (html === null || !html.includes('</html>')) return null
    const pageHtml = withPreloads(await preloads.html(html.toString('utf8'), urlPath, search), configTag)
    const page: CachedIndex = { version, html: Buffer.from(pageHtml), compressed: {} }
    cachedIndexes.set(key, page)
    return page
  }

  /** A file inside dist/ for this URL path, or null (never anything outside dist/). */
  async function findFile(urlPath: string): Promise<FoundFile | null> {
    let decoded: string
    try {
      decoded = decodeURIComponent(urlPath)
    } catch {
      return null
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return null
    const file = path.resolve(root, `.${path.posix.normalize(decoded)}`)
    if (!file.startsWith(root + path.sep)) return null
    const info = await stat(file).catch(() => null)
    return info?.isFile() ? { file, size: info.size, mtimeMs: info.mtimeMs } : null
  }

  async function serveFile(c: Context, urlPath: string, cacheControl: string): Promise<Response | null> {
    const found = await findFile(urlPath)
    if (!found) return null
    const identityEtag = `W/"${found.size.toString(16)}-${Math.trunc(found.mtimeMs).toString(16)}"`
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': cacheControl,
      etag: identityEtag,
    }
    let served = found
    const variants = await precompressedCodings(found.file, found.mtimeMs)
    if (variants.size > 0) {
      headers.vary = 'Accept-Encoding'
      const coding = chooseEncoding(c.req.header('accept-encoding'), [...variants.keys()])
      const variant = coding === 'identity' ? undefined : variants.get(coding)
      if (coding !== 'identity' && variant) {
        served = variant
        headers['content-encoding'] = coding
        headers.etag = variantEtag(`W/"${variant.size.toString(16)}-${Math.trunc(variant.mtimeMs).toString(16)}"`, coding)
      }
    }
    if (etagMatches(c.req.header('if-none-match'), headers.etag ?? identityEtag)) return new Response(null, { status: 304, headers })
    // HEAD gets the headers GET would (the variant's length and coding), without reading the file.
    headers['content-length'] = String(served.size)
    if (c.req.raw.method === 'HEAD') return new Response(null, { headers })
    const body = await readFile(served.file).catch(() => null)
    if (body === null) return null
    headers['content-length'] = String(body.byteLength)
    return new Response(body, { headers })
  }

  async function servePage(c: Context): Promise<Response> {
    const index = await readIndex(c.req.path, new URL(c.req.url).search)
    if (!index) {
      return new Response('Syncboard is not built yet: run `npm run build` (or `npm start`, which builds first).\n', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2', 'cache-control': 'no-store' },
      })
    }
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES['.html'] ?? 'text/html',
      'cache-control': REVALIDATE,
      etag: `W/"${index.version}"`,
    }
    let encoding: Encoding = 'identity'
    if (index.html.byteLength >= MIN_COMPRESSIBLE_BYTES) {
      headers.vary = 'Accept-Encoding'
      encoding = chooseEncoding(c.req.header('accept-encoding'))
      headers.etag = variantEtag(`W/"${index.version}"`, encoding)
    }
    if (etagMatches(c.req.header('if-none-match'), headers.etag ?? '')) return new Response(null, { status: 304, headers })
    let body = index.html
    if (encoding !== 'identity') {
      headers['content-encoding'] = encoding
      body = await (index.compressed[encoding] ??= compressIndex(index.html, encoding))
    }
    headers['content-length'] = String(body.byteLength)
    return new Response(c.req.raw.method === 'HEAD' ? null : body, { headers })
  }

  /** GET/HEAD for everything that is not /es or the server's own endpoints. */
  return async function serveStatic(c: Context): Promise<Response> {
    const urlPath = c.req.path
    if (urlPath.startsWith('/assets/')) {
      // Vite puts a content hash in every name under /assets/, so a name is never reused.
      return (await serveFile(c, new URL(c.req.url).pathname, IMMUTABLE)) ?? notFound()
    }
    if (urlPath === '/index.html' || urlPath === '/') return servePage(c)
    const file = await serveFile(c, new URL(c.req.url).pathname, REVALIDATE)
    if (file) return file
    // A missing file (favicon.png, an old chunk) is a 404; anything a browser navigates to, or that
    // has no file extension, is a page of the app.
    const wantsPage = (c.req.header('accept') ?? '').includes('text/html') || path.extname(urlPath) === ''
    return wantsPage ? servePage(c) : notFound()
  }
}

function notFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
