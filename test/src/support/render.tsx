// Renders the real routes at a URL, with a fresh QueryClient per test (no retries, so failures
// show at once; data fresh for as long as the app's client keeps it, so a route loader's prefetch
// and the page that follows make one read, as in the app) — as the app does, minus the browser history.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { APP_STALE_TIME_MS } from '../../../src/app/query-client.ts'
import { createRoutes } from '../../../src/app/router.tsx'
import '../../../src/api/register.ts'

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: APP_STALE_TIME_MS }, mutations: { retry: false } },
  })
}

export function renderRoute(url: string, { queryClient = createTestQueryClient(), container }: { queryClient?: QueryClient; container?: HTMLElement } = {}) {
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] })
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
    // Into what is already there (index.html's frame, say), as the app's entry renders into #root.
    container ? { container } : undefined,
  )
  return { ...view, user, router, queryClient }
}
