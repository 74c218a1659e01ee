// server/route-preloads.ts: the chunks and styles named in a page's HTML, from a manifest shaped as
// Vite writes it (one page chunk importing a chunk the entry shares and one of its own, with CSS), and
// the route table checked against the lazy imports in src/app/router.tsx so the two cannot drift;
// then the pages the running dashboard answers, plain and compressed, with their first reads
// (server/route-data.ts; test/src/app/route-data.test.ts checks those against the loaders).
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readTags, routeReads } from '../../server/route-data.ts'
import { createRoutePreloads, preloadTags, ROUTE_MODULES, routePreloads, withPreloads, type Manifest } from '../../server/route-preloads.ts'
import { startDashboard } from './support/dashboard-server.ts'

const JOBS = 'src/features/jobs-list/jobs-page.tsx'
const JOB = 'src/features/job-detail/job-page.tsx'
const OVERVIEW = 'src/features/connectors-overview/connectors-page.tsx'

const manifest: Manifest = {
  'index.html': { file: 'assets/index-e1.js', src: 'index.html', isEntry: true, imports: ['_vendor-v1.js'], css: ['assets/index-c1.css'], dynamicImports: [JOBS, JOB, OVERVIEW, 'src/api/fleet.ts'] },
  '_vendor-v1.js': { file: 'assets/vendor-v1.js' },
  '_time-label-t1.js': { file: 'assets/time-label-t1.js', imports: ['_vendor-v1.js', 'index.html'], css: ['assets/time-label-t1.css'] },
  [JOBS]: { file: 'assets/jobs-page-j1.js', src: JOBS, isDynamicEntry: true, imports: ['index.html', '_vendor-v1.js', '_time-label-t1.js'], css: ['assets/jobs-page-j1.css'], dynamicImports: ['src/features/jobs-list/virtual-rows.tsx'] },
  'src/features/jobs-list/virtual-rows.tsx': { file: 'assets/virtual-rows-r1.js', isDynamicEntry: true, imports: [JOBS] },
  [JOB]: { file: 'assets/job-page-p1.js', src: JOB, isDynamicEntry: true, imports: ['index.html', '_time-label-t1.js'] },
  [OVERVIEW]: { file: 'assets/connectors-page-o1.js', src: OVERVIEW, isDynamicEntry: true, imports: ['index.html', 'src/api/fleet.ts'] },
  'src/api/fleet.ts': { file: 'assets/fleet-f1.js', src: 'src/api/fleet.ts', isDynamicEntry: true, imports: ['index.html'] },
}

describe('routePreloads', () => {
  it('names the page chunk and its static imports, not what the entry loads nor what the page imports lazily', () => {
    expect(routePreloads(manifest, '/jobs')).toEqual({
      scripts: ['/assets/jobs-page-j1.js', '/assets/time-label-t1.js'],
      styles: ['/assets/jobs-page-j1.css', '/assets/time-label-t1.css'],
    })
  })

  it('tells a job page from the jobs list and from the create form, and a trailing slash changes nothing', () => {
    expect(routePreloads(manifest, '/jobs/abc-123').scripts).toEqual(['/assets/job-page-p1.js', '/assets/time-label-t1.js'])
    expect(routePreloads(manifest, '/jobs/').scripts[0]).toBe('/assets/jobs-page-j1.js')
    // /jobs/new is its own route: not in this manifest, so nothing (never the job page's chunk).
    expect(routePreloads(manifest, '/jobs/new').scripts).toEqual([])
  })

  it('gives / (which redirects) the overview with the module its loader imports, once each', () => {
    const expected = { scripts: ['/assets/connectors-page-o1.js', '/assets/fleet-f1.js'], styles: [] }
    expect(routePreloads(manifest, '/')).toEqual(expected)
    expect(routePreloads(manifest, '/connectors')).toEqual(expected)
  })

  it('names nothing for a path no route has', () => {
    expect(routePreloads(manifest, '/nowhere')).toEqual({ scripts: [], styles: [] })
    expect(routePreloads(manifest, '/jobs/a/b')).toEqual({ scripts: [], styles: [] })
  })
})

describe('the tags in the HTML', () => {
  it('writes modulepreloads and stylesheets the way Vite writes the entry’s, before </head>', () => {
    const tags = preloadTags({ scripts: ['/assets/a.js'], styles: ['/assets/a.css'] })
    expect(tags).toBe('<link rel="modulepreload" crossorigin href="/assets/a.js">\n    <link rel="stylesheet" crossorigin href="/assets/a.css">')
    expect(withPreloads('<html><head><title>x</title></head><body></body></html>', tags)).toBe(
      `<html><head><title>x</title>  ${tags}\n  </head><body></body></html>`,
    )
    expect(withPreloads('<html><head></head></html>', '')).toBe('<html><head></head></html>')
  })
})

describe('createRoutePreloads over a dist folder', () => {
  let distDir: string
  const html = '<!doctype html><html><head><script type="module" src="/assets/index-e1.js"></script></head><body></body></html>'

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(os.tmpdir(), 'syncboard-preloads-'))
  })
  afterAll(async () => {
    await rm(distDir, { recursive: true, force: true })
  })

  it('adds no chunks until a manifest is there, then the page’s tags; a new build is read again', async () => {
    const preloads = createRoutePreloads(distDir)
    expect(await preloads.html(html, '/jobs', '?status=error')).toBe(html)
    // A page's first reads need no manifest.
    expect(await preloads.html(html, '/jobs', '')).toBe(withPreloads(html, readTags(routeReads('/jobs', '')).join('\n    ')))
    const before = await preloads.version()

    await mkdir(path.join(distDir, '.vite'))
    await writeFile(path.join(distDir, '.vite', 'manifest.json'), JSON.stringify(manifest))
    const built = await preloads.version()
    expect(built).not.toBe(before)
    const jobs = await preloads.html(html, '/jobs', '?status=error')
    expect(jobs).toContain('<link rel="modulepreload" crossorigin href="/assets/jobs-page-j1.js">')
    expect(jobs).toContain('<link rel="stylesheet" crossorigin href="/assets/time-label-t1.css">')
    expect(jobs.indexOf('jobs-page-j1.js')).toBeLessThan(jobs.indexOf('</head>'))
    expect(await preloads.html(html, '/nowhere', '')).toBe(html)

    const rebuilt: Manifest = { ...manifest, [JOBS]: { ...manifest[JOBS]!, file: 'assets/jobs-page-j2-longer.js' } }
    await writeFile(path.join(distDir, '.vite', 'manifest.json'), JSON.stringify(rebuilt))
    expect(await preloads.version()).not.toBe(built)
    expect(await preloads.html(html, '/jobs', '')).toContain('/assets/jobs-page-j2-longer.js')
  })

  it('leaves the HTML alone while the manifest is half written, and says its version is not the built one', async () => {
    const preloads = createRoutePreloads(distDir)
    await writeFile(path.join(distDir, '.vite', 'manifest.json'), '{"index.html": {"file": "assets/ind')
    expect(await preloads.html(html, '/jobs', '?status=error')).toBe(html)
    expect(await preloads.version()).toBe('incomplete')
  })

  it('keys pages by route and reads: two jobs share one, the list has two (with and without filters), an unknown path another', () => {
    const preloads = createRoutePreloads(distDir)
    expect(preloads.key('/jobs/a', '')).toBe(preloads.key('/jobs/b', '?x=1'))
    expect(preloads.key('/jobs', '')).not.toBe(preloads.key('/jobs/a', ''))
    expect(preloads.key('/jobs', '?status=error')).not.toBe(preloads.key('/jobs', ''))
    expect(preloads.key('/jobs', '?status=error')).toBe(preloads.key('/jobs', '?status=pending'))
    expect(preloads.key('/nowhere', '')).not.toBe(preloads.key('/jobs', ''))
    expect(preloads.key('/', '')).toBe(preloads.key('/connectors', '?health=failing'))
  })
})

describe('the route table', () => {
  it('names exactly the modules src/app/router.tsx loads lazily, each a file that exists', async () => {
    const router = await readFile(path.join(import.meta.dirname, '../../src/app/router.tsx'), 'utf8')
    const lazy = new Set([...router.matchAll(/import\('\.\.\/([^']+)'\)/g)].map((match) => `src/${match[1]}`))
    const named = new Set(ROUTE_MODULES.flatMap((route) => route.modules))
    expect(named).toEqual(lazy)
    for (const module of named) await expect(readFile(path.join(import.meta.dirname, '../..', module), 'utf8')).resolves.toBeTruthy()
  })
})

describe('the pages the dashboard answers', () => {
  it('name each page’s own chunks, plain and gzipped, and a new build’s chunks once it is there', async () => {
    const distDir = await mkdtemp(path.join(os.tmpdir(), 'syncboard-preload-pages-'))
    const index = `<!doctype html><html><head><script type="module" crossorigin src="/assets/index-e1.js"></script>${' '.repeat(2000)}</head><body><div id="root"></div></body></html>`
    await writeFile(path.join(distDir, 'index.html'), index)
    await mkdir(path.join(distDir, '.vite'))
    await writeFile(path.join(distDir, '.vite', 'manifest.json'), JSON.stringify(manifest))
    const dashboard = await startDashboard({ EMULATOR_WORKER: 'false', EMULATOR_JOBS: '10', EMULATOR_CONNECTORS: '2' }, { distDir })
    try {
      const jobs = await dashboard.send({ path: '/jobs?status=error', headers: { accept: 'text/html' } })
      expect(jobs.status).toBe(200)
      expect(jobs.body).toContain('<link rel="modulepreload" crossorigin href="/assets/jobs-page-j1.js">')
      expect(jobs.body).not.toContain('job-page-p1.js')
      // A filtered list reads other jobs than the reads named for the plain list.
      expect(jobs.body).not.toContain('rel="preload"')

      const job = await dashboard.send({ path: '/jobs/abc', headers: { accept: 'text/html', 'accept-encoding': 'gzip' } })
      expect(job.headers['content-encoding']).toBe('gzip')
      const jobHtml = gunzipSync(job.bytes).toString('utf8')
      expect(jobHtml).toContain('<link rel="modulepreload" crossorigin href="/assets/job-page-p1.js">')
      expect(jobHtml).not.toContain('jobs-page-j1.js')

      expect(jobHtml).not.toContain('rel="preload"')

      // The list again, unfiltered and compressed this time: its own tags, not the job page's kept
      // from before, and its first reads.
      const jobsGzip = await dashboard.send({ path: '/jobs', headers: { accept: 'text/html', 'accept-encoding': 'gzip' } })
      const jobsHtml = gunzipSync(jobsGzip.bytes).toString('utf8')
      expect(jobsHtml).toContain('jobs-page-j1.js')
      expect(jobsHtml).toContain('<link rel="preload" as="fetch" crossorigin href="/es/_connector/_sync_job?from=0&amp;size=50&amp;filter_path=')
      const overview = await dashboard.send({ path: '/connectors', headers: { accept: 'text/html' } })
      for (const tag of readTags(routeReads('/connectors', ''))) expect(overview.body).toContain(tag)
      // Each named read is one the server answers.
      const reads = [...routeReads('/jobs', ''), ...routeReads('/connectors', '')]
      const answers = await Promise.all(reads.map(async (href) => [href, (await dashboard.send({ path: href })).status]))
      expect(Object.fromEntries(answers)).toEqual(Object.fromEntries(reads.map((href) => [href, 200])))
      expect((await dashboard.send({ path: '/nowhere', headers: { accept: 'text/html' } })).body).not.toContain('modulepreload')

      const rebuilt: Manifest = { ...manifest, [JOB]: { ...manifest[JOB]!, file: 'assets/job-page-p2-longer.js' } }
      await writeFile(path.join(distDir, '.vite', 'manifest.json'), JSON.stringify(rebuilt))
      expect((await dashboard.send({ path: '/jobs/abc', headers: { accept: 'text/html' } })).body).toContain('/assets/job-page-p2-longer.js')
    } finally {
      await dashboard.close()
      await rm(distDir, { recursive: true, force: true })
    }
  })
})
