// The jobs this browser watches (issue 12, "Watch a job"), kept in localStorage so they survive a
// reload — this browser only, never the cluster — with, per job, the last state the watcher saw
// (lib/watch-news.ts) and the news the operator has not opened yet. A small external store:
// hooks/use-watched-jobs.ts reads it with useSyncExternalStore; another tab's changes arrive through
// the `storage` event.
import type { WatchNews, WatchSnapshot } from './watch-news.ts'

export interface WatchedJob {
  id: string
  /** When the operator started watching (epoch ms). */
  since: number
  /** The last state the watcher read; undefined until its first read. */
  seen?: WatchSnapshot
  /** News the operator has not opened yet. */
  news?: WatchNews
}

export const WATCH_STORAGE_KEY = 'syncboard.watched-jobs'
/** More than anyone watches; keeps a runaway list from costing a poll each. */
export const MAX_WATCHED = 50

export interface WatchStore {
  /** Oldest watch first; the same array until something changes (for useSyncExternalStore). */
  list(): readonly WatchedJob[]
  watch(id: string, now?: number): void
  unwatch(id: string): void
  /** The watcher's latest read of a job, and news if it brought some (kept until acknowledged). */
  record(id: string, seen: WatchSnapshot, news?: WatchNews): void
  /** The operator opened the job: its news is read. */
  acknowledge(id: string): void
  subscribe(listener: () => void): () => void
}

function parse(text: string | null): WatchedJob[] {
  if (!text) return []
  try {
    const value: unknown = JSON.parse(text)
    if (!Array.isArray(value)) return []
    return value
      .filter((item): item is WatchedJob => typeof item === 'object' && item !== null && typeof (item as WatchedJob).id === 'string' && typeof (item as WatchedJob).since === 'number')
      .slice(0, MAX_WATCHED)
  } catch {
    // Written by an older version or by hand: start afresh rather than break every page.
    return []
  }
}

/** A store over `storage` (localStorage in the app; undefined where there is none: kept in memory). */
export function createWatchStore(storage: Storage | undefined, target: Pick<Window, 'addEventListener'> | undefined): WatchStore {
  let jobs: readonly WatchedJob[] = parse(storage?.getItem(WATCH_STORAGE_KEY) ?? null)
  const listeners = new Set<() => void>()
  const emit = () => {
    for (const listener of listeners) listener()
  }
  const save = (next: readonly WatchedJob[]) => {
    jobs = next
    try {
      if (next.length === 0) storage?.removeItem(WATCH_STORAGE_KEY)
      else storage?.setItem(WATCH_STORAGE_KEY, JSON.stringify(next))
    } catch {
      // Storage full or refused (private mode): the watch still holds for this tab.
    }
    emit()
  }
  const update = (id: string, change: (job: WatchedJob) => WatchedJob) => {
    if (!jobs.some((job) => job.id === id)) return
    save(jobs.map((job) => (job.id === id ? change(job) : job)))
  }
  target?.addEventListener('storage', (event: StorageEvent) => {
    if (event.key !== WATCH_STORAGE_KEY && event.key !== null) return
    jobs = parse(storage?.getItem(WATCH_STORAGE_KEY) ?? null)
    emit()
  })
  return {
    list: () => jobs,
    watch: (id, now = Date.now()) => {
      if (jobs.some((job) => job.id === id)) return
      save([...jobs, { id, since: now }].slice(-MAX_WATCHED))
    },
    unwatch: (id) => {
      if (jobs.some((job) => job.id === id)) save(jobs.filter((job) => job.id !== id))
    },
    record: (id, seen, news) =>
      update(id, (job) => {
        const next: WatchedJob = { ...job, seen }
        if (news) next.news = news
        return next
      }),
    acknowledge: (id) =>
      update(id, (job) => {
        const { news: _read, ...rest } = job
        return rest
      }),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Jobs with news the operator has not opened: the number in the tab's title. */
export const needingAttention = (jobs: readonly WatchedJob[]): WatchedJob[] => jobs.filter((job) => job.news !== undefined)

/** `(2) Sync jobs · Syncboard` for 2 jobs needing attention; the bare title for none. */
export function titleWithAttention(title: string, count: number): string {
  const bare = title.replace(/^\(\d+\) /, '')
  return count > 0 ? `(${count}) ${bare}` : bare
}
