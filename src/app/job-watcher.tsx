// The app shell's watcher of watched jobs (issue 12, "Watch a job"), mounted once in the layout so it
// runs on every page: one `_sync_job/{id}` GET per watched job that may still move, with filter_path
// (api/watched-jobs.ts), at a slow pace under the shared polling budget (hooks/poll-interval.ts;
// paused while the tab is hidden, as every query here). When a job finishes, fails, is canceled or
// gets a stuck flag (lib/watch-news.ts), the news is kept (lib/watched-jobs.ts), the tab's title
// counts the jobs with news — "(2) Sync jobs · Syncboard" — and, if the operator allowed it, a
// browser notification links to the job. Opening the job clears its news. Renders nothing.
import { useQueries, type Query } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { isEsError } from '../api/es-error.ts'
import { getWatchedJob, type WatchedJobState } from '../api/watched-jobs.ts'
import { paths } from '../config/paths.ts'
import { adaptiveInterval } from '../hooks/poll-interval.ts'
import { useWatchedJobs, watchStore } from '../hooks/use-watched-jobs.ts'
import type { PollPace } from '../lib/polling-policy.ts'
import { detectNews, GONE, isFinal, snapshotOf, type WatchNews, type WatchSnapshot } from '../lib/watch-news.ts'
import { needingAttention, titleWithAttention } from '../lib/watched-jobs.ts'

/** A watched job is read every 30 s while it moves, every minute once its reads stop bringing news. */
export const WATCH_PACE: PollPace = { activeMs: 30_000, idleMs: 60_000 }

export const watchedJobKey = (id: string) => ['watched-job', id] as const

const isNotFound = (error: unknown) => isEsError(error) && error.status === 404

// oxlint-disable-next-line typescript/no-explicit-any -- the query's key and error types do not matter here
function watchInterval(query: Query<WatchedJobState, any, any, any>): number | false {
  const { data, error } = query.state
  // A finished or deleted job cannot change any more (a deleted one stays gone).
  if ((data && isFinal(data.status)) || isNotFound(error)) return false
  return adaptiveInterval(query, WATCH_PACE, true)
}

/** The job id of a job page's path (`/jobs/:id`), else undefined (`/jobs/new` is no job). */
function jobIdOfPath(pathname: string): string | undefined {
  const match = /^\/jobs\/([^/]+)\/?$/.exec(pathname)
  if (!match?.[1]) return undefined
  const id = decodeURIComponent(match[1])
  return id === 'new' ? undefined : id
}

function notify(id: string, news: WatchNews, open: (id: string) => void): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return
  try {
    const notice = new Notification(`Sync job ${id} ${news.text}`, { body: 'Open the job in Syncboard.', tag: `syncboard-watch-${id}` })
    notice.addEventListener('click', () => {
      window.focus()
      open(id)
      notice.close()
    })
  } catch {
    // Some browsers only allow notifications from a service worker: the title still says it.
  }
}

const sameSnapshot = (a: WatchSnapshot | undefined, b: WatchSnapshot) => a !== undefined && a.status === b.status && a.flags.join() === b.flags.join()

export function JobWatcher() {
  const jobs = useWatchedJobs()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const results = useQueries({
    queries: jobs.map((job) => ({
      queryKey: watchedJobKey(job.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getWatchedJob(job.id, signal),
      refetchInterval: watchInterval,
      refetchIntervalInBackground: false,
    })),
  })

  // What each read says, compared with what was seen before: news is kept (and announced) once.
  const handled = useRef(new Map<string, number>())
  useEffect(() => {
    const store = watchStore()
    jobs.forEach((job, index) => {
      const result = results[index]
      if (!result) return
      const gone = result.data === undefined && isNotFound(result.error)
      const at = gone ? result.errorUpdatedAt : result.dataUpdatedAt
      if ((!gone && result.data === undefined) || handled.current.get(job.id) === at) return
      handled.current.set(job.id, at)
      const now = Date.now()
      const snapshot = gone ? GONE : snapshotOf(result.data as WatchedJobState, now)
      const news = detectNews(job.seen, snapshot, result.data, now)
      if (news) notify(job.id, news, (id) => void navigate(paths.job(id)))
      if (news || !sameSnapshot(job.seen, snapshot)) store.record(job.id, snapshot, news)
    })
  }, [jobs, results, navigate])

  // Opening a job with news reads it.
  const openId = jobIdOfPath(pathname)
  const openHasNews = jobs.some((job) => job.id === openId && job.news)
  useEffect(() => {
    if (openId && openHasNews) watchStore().acknowledge(openId)
  }, [openId, openHasNews])

  useAttentionTitle(needingAttention(jobs).length)
  return null
}

/**
 * Keeps "(N) " before whatever title the page sets (pages set theirs through PageTitle, which
 * may replace the text at any time): re-applied whenever the head's titles change.
 */
function useAttentionTitle(count: number): void {
  useEffect(() => {
    const apply = () => {
      for (const title of document.head.querySelectorAll('title')) {
        const wanted = titleWithAttention(title.text, count)
        if (title.text !== wanted) title.text = wanted
      }
    }
    apply()
    const observer = new MutationObserver(apply)
    observer.observe(document.head, { childList: true, subtree: true, characterData: true })
    return () => {
      observer.disconnect()
      // The next count (or none) is applied by the next run; with none left, the bare title.
      for (const title of document.head.querySelectorAll('title')) title.text = titleWithAttention(title.text, 0)
    }
  }, [count])
}
