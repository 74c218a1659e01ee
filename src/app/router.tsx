// The routes: `/` → `/jobs`, `/jobs`, `/jobs/new`, `/jobs/:id`. The jobs list is the landing page, so it ships with the app and its
// loader starts its requests at once; the other pages are their own chunks, loaded on first visit.
import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect, type RouteObject } from 'react-router'
import JobsPage from '../features/jobs-list/jobs-page.tsx'
import { prefetchJobsList } from '../features/jobs-list/prefetch-jobs-list.ts'
import { Layout } from './layout.tsx'
import { PageLoading } from './page-loading.tsx'
import { RouteError } from './route-error.tsx'

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
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
            {
              path: 'jobs',
              Component: JobsPage,
              loader: ({ url }) => {
                prefetchJobsList(queryClient, url.searchParams)
                return null
              },
              // Filter and page changes refetch through React Query, not through the loader.
              shouldRevalidate: () => false,
            },
            {
              path: 'jobs/new',
              lazy: () => import('../features/create-job/create-job-page.tsx').then((m) => ({ Component: m.default })),
            },
            {
              path: 'jobs/:id',
              lazy: () => import('../features/job-detail/job-page.tsx').then((m) => ({ Component: m.default })),
            },
            {
              path: '*',
              loader: () => {
                throw new Response('Not found', { status: 404 })
              },
            },
          ],
        },
      ],
    },
  ]
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient))
}
