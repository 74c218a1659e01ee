// Serves the built app from dist/: hashed files under /assets/ cached for a year, other files and
// index.html revalidated, and index.html for every page URL (the SPA's router takes it from there).
// dist/ is read at request time, so the server can start before `vite build` has finished: pages
// answer 503 until index.html exists, which is what a readiness probe (Playwright) waits for.

import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Context } from 'hono'

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

interface CachedIndex {
  version: string
  html: string
}

export function createStaticHandler(distDir: string) {
  const root = path.resolve(distDir)
  // index.html is read once per build (keyed by mtime and size), not once per page view, and only
  // once it is complete: vite may be writing it while a request comes in.
  let cachedIndex: CachedIndex | null = null

  async function readIndex(): Promise<CachedIndex | null> {
    const info = await stat(path.join(root, 'index.html')).catch(() => null)
    if (!info?.isFile()) return null
    const version = `${info.mtimeMs}-${info.size}`
    if (cachedIndex?.version === version) return cachedIndex
    const html = await readFile(path.join(root, 'index.html'), 'utf8').catch(() => null)
    if (html === null || !html.includes('</html>')) return null
    cachedIndex = { version, html }
    return cachedIndex
  }

  /** A file inside dist/ for this URL path, or null (never anything outside dist/). */
  async function findFile(urlPath: string): Promise<{ file: string; size: number; mtimeMs: number } | null> {
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
    const etag = `W/"${found.size.toString(16)}-${Math.trunc(found.mtimeMs).toString(16)}"`
    const headers = {
      'content-type': CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': cacheControl,
      etag,
    }
    if (c.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers })
    const body = await readFile(found.file).catch(() => null)
    return body === null ? null : new Response(body, { headers })
  }

  async function servePage(c: Context): Promise<Response> {
    const index = await readIndex()
    if (!index) {
      return new Response('Syncboard is not built yet: run `npm run build` (or `npm start`, which builds first).\n', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2', 'cache-control': 'no-store' },
      })
    }
    const headers = { 'content-type': CONTENT_TYPES['.html'] ?? 'text/html', 'cache-control': REVALIDATE, etag: `W/"${index.version}"` }
    if (c.req.header('if-none-match') === headers.etag) return new Response(null, { status: 304, headers })
    return new Response(index.html, { headers })
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
