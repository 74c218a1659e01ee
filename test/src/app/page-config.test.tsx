// The server's config written into the page (server/config-meta.ts) and read by the app before its
// first render (src/app/query-client.ts seedServerConfig): the header and the read-only controls have
// it at once and no request asks for it; a page without it (the Vite dev server's) still asks.
import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { readPageServerConfig } from '../../../src/api/cluster.ts'
import { seedServerConfig } from '../../../src/app/query-client.ts'
import { SERVER_CONFIG_URL, type ServerConfig } from '../../../contract/syncboard-protocol.ts'
import { configMetaTag } from '../../../server/config-meta.ts'
import { useEmulator } from '../support/emulator.ts'
import { mswServer } from '../support/msw-server.ts'
import { createTestQueryClient, renderRoute } from '../support/render.tsx'

/** A document whose head holds `html`, as the browser parses what the server wrote. */
const pageWith = (html: string) => new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html')

const badge = () => document.querySelector('.cluster-badge')

/**
 * Renders /jobs as the app's entry does (the query client seeded from the page first) once the badge
 * reads "Embedded demo cluster · Read-only"; resolves to how many requests asked the server's config.
 */
async function openJobsAsTheApp(): Promise<number> {
  let requests = 0
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname === SERVER_CONFIG_URL) requests += 1
  }
  mswServer.events.on('request:start', listener)
  try {
    const queryClient = createTestQueryClient()
    seedServerConfig(queryClient)
    renderRoute('/jobs', { queryClient })
    await waitFor(() => expect(badge()?.textContent).toBe('Embedded demo clusterRead-only'))
    return requests
  } finally {
    mswServer.events.removeListener('request:start', listener)
  }
}

afterEach(() => {
  document.head.querySelector('meta[name="syncboard-config"]')?.remove()
})

describe('readPageServerConfig', () => {
  it.each<ServerConfig>([
    { readOnly: false, mode: 'embedded' },
    { readOnly: true, mode: 'remote' },
  ])('reads what the server wrote: %o', (config) => {
    expect(readPageServerConfig(pageWith(configMetaTag(config)))).toEqual(config)
  })

  it.each([
    ['no tag', ''],
    ['an empty tag', '<meta name="syncboard-config" content="">'],
    ['text that is not JSON', '<meta name="syncboard-config" content="read-only">'],
    ['JSON of another shape', '<meta name="syncboard-config" content="{&quot;readOnly&quot;:&quot;yes&quot;,&quot;mode&quot;:&quot;embedded&quot;}">'],
    ['an unknown mode', '<meta name="syncboard-config" content="{&quot;readOnly&quot;:false,&quot;mode&quot;:&quot;cloud&quot;}">'],
    ['null', '<meta name="syncboard-config" content="null">'],
  ])('finds nothing in a page with %s', (_, html) => {
    expect(readPageServerConfig(pageWith(html))).toBeUndefined()
  })
})

describe('a page that carries the config', () => {
  it('shows the cluster badge and the read-only controls without asking the server', async () => {
    // The server says read-write, the page read-only: what shows is the page's word.
    useEmulator({}, { readOnly: false, mode: 'embedded' })
    document.head.insertAdjacentHTML('beforeend', configMetaTag({ readOnly: true, mode: 'embedded' }))
    expect(await openJobsAsTheApp()).toBe(0)
    expect((await screen.findByRole('button', { name: 'New sync job' })).getAttribute('aria-disabled')).toBe('true')
    expect(screen.queryByRole('link', { name: 'New sync job' })).toBeNull()
  })

  it('asks the server when the page carries none', async () => {
    useEmulator({}, { readOnly: true, mode: 'embedded' })
    expect(await openJobsAsTheApp()).toBe(1)
  })
})
