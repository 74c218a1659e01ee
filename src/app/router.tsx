// The routes: `/` → `/connectors` (the overview, the landing page), `/connectors/:id`, `/workers`,
// `/jobs`, `/jobs/new`, `/jobs/:id`. Every page is its own chunk, loaded on first visit, so a page
// ships none of another's code (the overview's charts and cron readers stay out of the jobs list and
// the other way round); the overview's, the jobs list's and a job page's loaders start their requests
// while their chunk loads. On a first visit the server has already named the page's chunks in the HTML
// (server/route-preloads.ts); later pages' chunks start loading when a link to them is pointed at or
// focused (preload-on-intent.ts).
import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect, type RouteObject } from 'react-router'
import { prefetchJob } from '../features/job-detail/prefetch-job.ts'
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
        { index: true, loader: () => redirect('/connectors') },
        {
          ErrorBoundary: RouteError,
          children: [
            {
              path: 'connectors',
              lazy: () => import('../features/connectors-overview/connectors-page.tsx').then((m) => ({ Component: m.default })),
              // The fleet's requests start as soon as their (small) module is in, while the page's chunk loads.
              loader: async () => {
                const { prefetchFleet } = await import('../api/fleet.ts')
                prefetchFleet(queryClient)
                return null
              },
              // Filter changes read the URL; the data refreshes through React Query, not the loader.
              shouldRevalidate: () => false,
            },
            { path: 'connectors/:id', lazy: () => import('../features/connector-page/connector-page.tsx').then((m) => ({ Component: m.default })) },
            {
              path: 'workers',
              lazy: () => import('../features/workers/workers-page.tsx').then((m) => ({ Component: m.default })),
              shouldRevalidate: () => false,
            },
            {
              path: 'jobs',
              lazy: () => import('../features/jobs-list/jobs-page.tsx').then((m) => ({ Component: m.default })),
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
              loader: ({ params }) => {
                if (params.id) prefetchJob(queryClient, params.id)
                return null
              },
              // Another job is another page; the job itself refreshes through React Query.
              shouldRevalidate: ({ currentParams, nextParams }) => currentParams.id !== nextParams.id,
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
