// Entry point: theme, query client (given the server's config from the page), router, and pages' code
// loaded ahead when a link to them is pointed at or focused. The router (whose loader starts the page's
// requests) and the first render each run in a task of their own, after the modules' evaluation: in
// one task, the three took 37 to 42 ms of this machine's Chromium on /jobs (a trace at 412 px), four
// times that under Lighthouse's slowdown, while the static frame (index.html) was already on screen and
// taps would have waited.
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { preloadOnIntent } from './app/preload-on-intent.ts'
import { createQueryClient, seedServerConfig } from './app/query-client.ts'
import { createRouter } from './app/router.tsx'
import { applyTheme, readTheme } from './app/theme.ts'
import { yieldToMain } from './lib/yield-to-main.ts'
import './app/styles.css'

applyTheme(readTheme())

const queryClient = createQueryClient()
seedServerConfig(queryClient)
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

async function start(container: HTMLElement): Promise<void> {
  await yieldToMain()
  const router = createRouter(queryClient)
  preloadOnIntent(router.routes)
  await yieldToMain()
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  )
}

void start(root)
