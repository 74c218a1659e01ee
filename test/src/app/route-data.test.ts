// The reads the server names in a landing page's HTML for the browser to start early
// (server/route-data.ts) are reads the page's loader makes, URL for URL: a named read the app does
// not make would cost the cluster a request for nothing, and one the app spells differently would
// not be handed over (the browser matches preloads by URL). The real route table's loaders run on
// the emulator, newest-first and oldest-first (the overview's window learns the order as it reads).
import { waitFor } from '@testing-library/react'
import { createMemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { routeReads } from '../../../server/route-data.ts'
import { createRoutes } from '../../../src/app/router.tsx'
import '../../../src/api/register.ts'
import { useEmulator } from '../support/emulator.ts'
import { mswServer } from '../support/msw-server.ts'
import { createTestQueryClient } from '../support/render.tsx'

let stop: (() => void) | undefined
afterEach(() => stop?.())

/** Each /es request from here on, as path and query string. */
function recordReads(): string[] {
  const seen: string[] = []
  const record = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (url.pathname.startsWith('/es/')) seen.push(`${url.pathname}${url.search}`)
  }
  mswServer.events.on('request:start', record)
  stop = () => mswServer.events.removeListener('request:start', record)
  return seen
}

describe('the reads named in a landing page’s HTML', () => {
  for (const order of ['desc', 'asc'] as const) {
    for (const page of ['/connectors', '/', '/jobs']) {
      it(`are made by the loader of ${page} (${order === 'desc' ? 'newest' : 'oldest'} first)`, async () => {
        useEmulator({ connectors: 3, jobs: 60, order })
        const reads = routeReads(page, '')
        expect(reads.length, 'the page has reads to name').toBeGreaterThan(0)
        const seen = recordReads()
        const router = createMemoryRouter(createRoutes(createTestQueryClient()), { initialEntries: [page] })
        try {
          await waitFor(() => expect(seen).toEqual(expect.arrayContaining([...reads])))
        } finally {
          router.dispose()
        }
      })
    }
  }

  it('are none for a filtered jobs list, nor a job page', () => {
    expect(routeReads('/jobs', '?status=error')).toEqual([])
    expect(routeReads('/jobs/abc', '')).toEqual([])
    expect(routeReads('/jobs/new', '')).toEqual([])
  })
})
