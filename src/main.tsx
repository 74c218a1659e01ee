// Entry point: theme, query client, router, and pages' code loaded ahead when a link to them is
// pointed at or focused.
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { preloadOnIntent } from './app/preload-on-intent.ts'
import { createQueryClient } from './app/query-client.ts'
import { createRouter } from './app/router.tsx'
import { applyTheme, readTheme } from './app/theme.ts'
import './app/styles.css'

applyTheme(readTheme())

const queryClient = createQueryClient()
const router = createRouter(queryClient)
preloadOnIntent(router.routes)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
