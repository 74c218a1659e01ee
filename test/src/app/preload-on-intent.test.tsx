// A page's chunk starts loading when a link to it is pointed at or focused: the real route table and
// the real header, on the emulator, with each route's `lazy` recorded as it is called.
import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, type RouteObject } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { afterEach, describe, expect, it } from 'vitest'
import { preloadOnIntent } from '../../../src/app/preload-on-intent.ts'
import { createRoutes } from '../../../src/app/router.tsx'
import '../../../src/api/register.ts'
import { useEmulator } from '../support/emulator.ts'
import { createTestQueryClient } from '../support/render.tsx'

let stop: (() => void) | undefined
afterEach(() => stop?.())

/** The app's routes, each lazy route noting its path in `calls` before it loads as usual. */
function recordedRoutes(calls: string[]): RouteObject[] {
  const wrap = (routes: RouteObject[]): RouteObject[] =>
    routes.map((route) => {
      const { lazy } = route
      const children = route.children ? wrap(route.children) : undefined
      if (typeof lazy !== 'function') return { ...route, children } as RouteObject
      return {
        ...route,
        children,
        lazy: () => {
          calls.push(route.path ?? '')
          return lazy()
        },
      } as RouteObject
    })
  return wrap(createRoutes(createTestQueryClient()))
}

function renderApp(url: string) {
  const calls: string[] = []
  const queryClient = createTestQueryClient()
  const router = createMemoryRouter(recordedRoutes(calls), { initialEntries: [url] })
  stop = preloadOnIntent(router.routes)
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { calls, user: userEvent.setup() }
}

describe('preloadOnIntent', () => {
  it('loads a page’s chunk when the pointer comes over a link to it, once', async () => {
    useEmulator()
    const { calls, user } = renderApp('/workers')
    const jobsLink = await screen.findByRole('link', { name: 'Sync jobs' })
    // Opening /workers loaded its own chunk through the router.
    expect(calls).toEqual(['workers'])

    await user.hover(jobsLink)
    expect(calls).toEqual(['workers', 'jobs'])
    await user.unhover(jobsLink)
    await user.hover(jobsLink)
    expect(calls).toEqual(['workers', 'jobs'])
  })

  it('loads it when focus reaches the link, and matches a row’s link to a job page', async () => {
    useEmulator()
    const { calls, user } = renderApp('/workers')
    const connectorsLink = await screen.findByRole('link', { name: 'Connectors' })
    connectorsLink.focus()
    expect(calls).toContain('connectors')

    const jobLink = document.createElement('a')
    jobLink.href = '/jobs/some-job-id'
    jobLink.textContent = 'some-job-id'
    document.body.append(jobLink)
    await user.hover(jobLink)
    expect(calls).toContain('jobs/:id')
    expect(calls).not.toContain('jobs/new')
    jobLink.remove()
  })

  it('leaves links to other sites alone, and stops listening when asked', async () => {
    useEmulator()
    const { calls, user } = renderApp('/workers')
    await screen.findByRole('link', { name: 'Sync jobs' })
    const away = document.createElement('a')
    away.href = 'https://elastic.co/jobs'
    away.textContent = 'elsewhere'
    document.body.append(away)
    await user.hover(away)
    expect(calls).toEqual(['workers'])
    away.remove()

    stop?.()
    await user.hover(screen.getByRole('link', { name: 'Sync jobs' }))
    expect(calls).toEqual(['workers'])
  })
})
