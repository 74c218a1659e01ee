// `npm run bench:wire [-- --jobs 10000]`: the bytes on the wire of a page's initial load and of the
// jobs list's /es answers, with and without compression. measureWireBytes(baseUrl) loads each page once
// in the system Chromium to learn what it requests (the HTML, then every script and stylesheet up to
// network idle, lazy route chunks included; and for `/jobs?size=N`, the list request the page makes),
// then fetches each of those URLs again over a fresh connection twice — once with
// `Accept-Encoding: br, gzip` as a browser sends it, once with none — and counts every byte read from
// the socket (status line, headers, body and chunk framing). The CLI builds the app when needed,
// precompresses it (tools/precompress.ts), starts the dashboard server on the embedded emulator (no
// worker, so every load sees the same data) and prints the figures for /connectors, /jobs and a job
// page. A benchmark, not a test: it fails only if it cannot run.

import { execFileSync } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
// @playwright/test re-exports Playwright's library API (playwright-core), which package.json does not list.
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.ts'
import { buildIfNeeded } from './list-page/build.ts'
import { freePort, root, startNode, waitUntilAnswering } from './support.ts'

type Browser = Awaited<ReturnType<typeof chromium.launch>>

/** What a browser sends; the plain fetch sends no Accept-Encoding at all. */
export const BROWSER_ACCEPT_ENCODING = 'br, gzip'

export interface WireFetch {
  url: string
  kind: 'document' | 'script' | 'stylesheet' | 'list'
  /** Bytes read from the socket without Accept-Encoding. */
  plain: number
  /** Bytes read from the socket with BROWSER_ACCEPT_ENCODING. */
  compressed: number
  /** The Content-Encoding of the compressed fetch (`identity` when the server sent it as it is). */
  encoding: string
}

export interface PageWire {
  page: string
  fetches: WireFetch[]
  plain: number
  compressed: number
}

export interface ListWire extends WireFetch {
  size: number
}

export interface WireReport {
  pages: PageWire[]
  lists: ListWire[]
}

/** GETs `url` over its own connection and counts the bytes read from the socket. */
export function bytesOnTheWire(url: string, headers: Record<string, string> = {}): Promise<{ bytes: number; status: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers: { connection: 'close', ...headers } }, (response) => {
      response.resume()
      response.on('error', reject)
      response.on('end', () => {
        const socket = response.socket
        const done = () => resolve({ bytes: socket.bytesRead, status: response.statusCode ?? 0, encoding: response.headers['content-encoding'] ?? 'identity' })
        if (socket.closed) done()
        else socket.once('close', done)
      })
    })
    request.on('error', reject)
  })
}

async function measure(url: string, kind: WireFetch['kind']): Promise<WireFetch> {
  const accept: Record<string, string> = kind === 'document' ? { accept: 'text/html' } : {}
  const plain = await bytesOnTheWire(url, accept)
  const compressed = await bytesOnTheWire(url, { ...accept, 'accept-encoding': BROWSER_ACCEPT_ENCODING })
  if (plain.status !== 200 || compressed.status !== 200) throw new Error(`${url} answered ${plain.status} / ${compressed.status}`)
  return { url, kind, plain: plain.bytes, compressed: compressed.bytes, encoding: compressed.encoding }
}

/** The same-origin requests of one cold load of `url`, until the network has been idle for 500 ms. */
async function requestsOfLoad(browser: Browser, url: string): Promise<{ url: string; type: string }[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    const origin = new URL(url).origin
    const seen: { url: string; type: string }[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).origin === origin) seen.push({ url: request.url(), type: request.resourceType() })
    })
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
    // The pages poll every few seconds; the first quiet half-second comes after the initial load.
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {})
    return seen
  } finally {
    await context.close()
  }
}

const ASSET_KINDS = new Set(['document', 'script', 'stylesheet'])

async function pageWire(browser: Browser, baseUrl: string, pagePath: string): Promise<PageWire> {
  const requests = await requestsOfLoad(browser, baseUrl + pagePath)
  const unique = [...new Map(requests.filter((request) => ASSET_KINDS.has(request.type)).map((request) => [request.url, request])).values()]
  const fetches: WireFetch[] = []
  for (const request of unique) fetches.push(await measure(request.url, request.type as WireFetch['kind']))
  return {
    page: pagePath,
    fetches,
    plain: fetches.reduce((sum, fetch) => sum + fetch.plain, 0),
    compressed: fetches.reduce((sum, fetch) => sum + fetch.compressed, 0),
  }
}

/** The sync-job list request `/jobs?size=N` makes (its filter_path included), else the bare list. */
async function listWire(browser: Browser, baseUrl: string, size: number): Promise<ListWire> {
  const requests = await requestsOfLoad(browser, `${baseUrl}/jobs?size=${size}`)
  const list = requests.find((request) => {
    const url = new URL(request.url)
    return url.pathname === '/es/_connector/_sync_job' && url.searchParams.get('size') === String(size)
  })
  const url = list?.url ?? `${baseUrl}/es/_connector/_sync_job?size=${size}`
  return { size, ...(await measure(url, 'list')) }
}

/**
 * The bytes on the wire, plain and compressed, of the initial load of each of `pages` (default: the
 * overview, the jobs list and the page of the newest job) and of the jobs list's answer for 100 and
 * 1,000 rows, against the dashboard server at `baseUrl`.
 */
export async function measureWireBytes(
  baseUrl: string,
  options: { pages?: readonly string[]; listSizes?: readonly number[]; browser?: Browser } = {},
): Promise<WireReport> {
  const browser = options.browser ?? (await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }))
  try {
    let pages = options.pages
    if (pages === undefined) {
      const newest = (await (await fetch(`${baseUrl}/es/_connector/_sync_job?size=1`)).json()) as { results: { id: string }[] }
      const jobId = newest.results[0]?.id
      pages = ['/connectors', '/jobs', ...(jobId ? [`/jobs/${encodeURIComponent(jobId)}`] : [])]
    }
    const report: WireReport = { pages: [], lists: [] }
    for (const page of pages) report.pages.push(await pageWire(browser, baseUrl, page))
    for (const size of options.listSizes ?? [100, 1000]) report.lists.push(await listWire(browser, baseUrl, size))
    return report
  } finally {
    if (!options.browser) await browser.close()
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const share = (part: number, whole: number) => `${((part / Math.max(whole, 1)) * 100).toFixed(0)} %`

export function printWireReport(report: WireReport): void {
  console.info(`\nBytes on the wire (status line, headers and body), without Accept-Encoding → with "${BROWSER_ACCEPT_ENCODING}":`)
  for (const page of report.pages) {
    console.info(`\n${page.page}: ${kB(page.plain)} → ${kB(page.compressed)} (${share(page.compressed, page.plain)})`)
    for (const fetch of page.fetches) {
      const name = new URL(fetch.url).pathname
      console.info(`  ${fetch.kind.padEnd(10)} ${kB(fetch.plain).padStart(9)} → ${kB(fetch.compressed).padStart(9)}  ${fetch.encoding.padEnd(8)} ${name}`)
    }
  }
  console.info('\nThe jobs list answer (/es, as /jobs?size=N asks for it):')
  for (const list of report.lists) {
    console.info(`  size=${String(list.size).padEnd(5)} ${kB(list.plain).padStart(9)} → ${kB(list.compressed).padStart(9)}  ${list.encoding.padEnd(8)} (${share(list.compressed, list.plain)})`)
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { jobs: { type: 'string', default: '10000' } } })
  buildIfNeeded(root)
  // Idempotent: the variants of a build that already has them are written again, a couple of seconds.
  execFileSync(process.execPath, [path.join(root, 'tools', 'precompress.ts')], { cwd: root, stdio: 'inherit' })
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const server = startNode(['server/main.ts'], {
    HOST: '127.0.0.1',
    PORT: String(port),
    EMULATOR_JOBS: values.jobs,
    EMULATOR_WORKER: 'false',
    EMULATOR_SEED: '7',
    LOG_LEVEL: 'error',
  })
  try {
    await waitUntilAnswering(`${baseUrl}/jobs`)
    printWireReport(await measureWireBytes(baseUrl))
  } finally {
    server.kill('SIGTERM')
  }
}

if (import.meta.main) await main()
