// The watched jobs of this browser (lib/watched-jobs.ts) as React state: one store per page load over
// localStorage, read with useSyncExternalStore so every watch button, the watcher and the title agree.
import { useSyncExternalStore } from 'react'
import { createWatchStore, type WatchStore, type WatchedJob } from '../lib/watched-jobs.ts'

function localStorageOrUndefined(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    // Storage refused by the browser's settings: watch in memory for this page load.
    return undefined
  }
}

let store: WatchStore | undefined

/** The page's store, created on first use. */
export function watchStore(): WatchStore {
  store ??= createWatchStore(localStorageOrUndefined(), typeof window === 'undefined' ? undefined : window)
  return store
}

/** For tests: forget the store, so the next use reads localStorage afresh (as a reload does). */
export function resetWatchStore(): void {
  store = undefined
}

export function useWatchedJobs(): readonly WatchedJob[] {
  const current = watchStore()
  return useSyncExternalStore(current.subscribe, current.list, current.list)
}

export function useIsWatched(id: string): boolean {
  return useWatchedJobs().some((job) => job.id === id)
}
