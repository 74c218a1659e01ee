// The routes (DESIGN.md "pages"). Each page is its own chunk, loaded on first visit.
import { createBrowserRouter, redirect, type RouteObject } from 'react-router'
import { Layout } from './layout.tsx'
import { PageLoading } from './page-loading.tsx'
import { RouteError } from './route-error.tsx'

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    // Shown while the first page's chunk loads.
    HydrateFallback: PageLoading,
    children: [
      { index: true, loader: () => redirect('/jobs') },
      {
        ErrorBoundary: RouteError,
        children: [
          { path: 'jobs', lazy: () => import('../features/jobs-list/jobs-page.tsx').then((m) => ({ Component: m.default })) },
          {
            path: 'jobs/new',
            lazy: () => import('../features/create-job/create-job-page.tsx').then((m) => ({ Component: m.default })),
          },
          {
            path: 'jobs/:id',
            lazy: () => import('../features/job-detail/job-page.tsx').then((m) => ({ Component: m.default })),
          },
          { path: '*', loader: () => { throw new Response('Not found', { status: 404 }) } },
        ],
      },
    ],
  },
]

export function createRouter() {
  return createBrowserRouter(routes)
}
