// The frame around every page: where the dashboard is connected, read-only mode, the navigation,
// redirects and the not-found page.
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../support/emulator.ts'
import { mswServer } from '../support/msw-server.ts'
import { renderRoute } from '../support/render.tsx'
import { esErrorBody } from '../../support/es-error.ts'

describe('layout', () => {
  it('says the embedded demo cluster answers when the server runs the emulator', async () => {
    useEmulator()
    renderRoute('/jobs')
    expect(await screen.findByText('Embedded demo cluster')).toBeTruthy()
    expect(screen.queryByText('Read-only')).toBeNull()
  })

  it('names a real cluster and its version from GET /', async () => {
    useEmulator({}, { readOnly: false, mode: 'remote' })
    renderRoute('/jobs')
    expect(await screen.findByText(/· Elasticsearch \d+\.\d+\.\d+/)).toBeTruthy()
  })

  it('still shows the cluster as connected when the key may not call GET /', async () => {
    useEmulator({}, { readOnly: false, mode: 'remote' })
    mswServer.use(
      http.get('*/es/', () => HttpResponse.json(esErrorBody(403, 'security_exception', 'action [cluster:monitor/main] is unauthorized'), { status: 403 })),
    )
    renderRoute('/jobs')
    expect(await screen.findByText(/name hidden/)).toBeTruthy()
  })

  it('marks read-only mode in the header', async () => {
    useEmulator({}, { readOnly: true, mode: 'embedded' })
    renderRoute('/jobs')
    expect(await screen.findByText('Read-only')).toBeTruthy()
  })

  it('sends / to the connectors overview', async () => {
    useEmulator()
    const { router } = renderRoute('/')
    await waitFor(() => expect(router.state.location.pathname).toBe('/connectors'))
    expect(await screen.findByRole('heading', { name: 'Connectors', level: 1 })).toBeTruthy()
  })

  it('links the connectors, the sync jobs and the workers in the header, marking the current page', async () => {
    useEmulator()
    renderRoute('/workers')
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Connectors', '/connectors'],
      ['Sync jobs', '/jobs'],
      ['Workers', '/workers'],
    ])
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Workers' }).getAttribute('aria-current')).toBe('page'))
  })

  it('answers an unknown page with a way back', async () => {
    useEmulator()
    renderRoute('/no/such/page')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Go to the sync jobs' }).getAttribute('href')).toBe('/jobs')
  })
})
