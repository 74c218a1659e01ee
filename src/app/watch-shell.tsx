// Where the app shell keeps watched jobs (issue 12, "Watch a job"): nothing but the small store
// (hooks/use-watched-jobs.ts) until this browser watches a job; then the watcher and the header's
// list (watch-runtime.tsx) load as their own chunk. Most tabs watch nothing, so the entry stays
// small — the watcher with its reads and flags is about 2.5 kB gzip (vite build, index chunk).
import { lazy, Suspense } from 'react'
import { useWatchedJobs } from '../hooks/use-watched-jobs.ts'

const WatchRuntime = lazy(() => import('./watch-runtime.tsx'))

export function WatchShell() {
  const watching = useWatchedJobs().length > 0
  return watching ? (
    <Suspense fallback={null}>
      <WatchRuntime />
    </Suspense>
  ) : null
}
