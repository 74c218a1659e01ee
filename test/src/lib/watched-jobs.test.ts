// The watched-jobs store (src/lib/watched-jobs.ts) over a real Storage (jsdom's localStorage): watch,
// unwatch, news kept until acknowledged, a reload reads it back, another tab's change arrives, a
// broken entry is dropped; and the title's count.
// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createWatchStore, needingAttention, titleWithAttention, WATCH_STORAGE_KEY } from '../../../src/lib/watched-jobs.ts'

beforeEach(() => localStorage.clear())

describe('watched jobs store', () => {
  it('keeps watched jobs in localStorage, so a new store (a reload) reads them back', () => {
    const store = createWatchStore(localStorage, undefined)
    const seen = vi.fn<() => void>()
    store.subscribe(seen)
    store.watch('a', 1)
    store.watch('b', 2)
    store.watch('a', 3)
    expect(store.list().map((job) => job.id)).toEqual(['a', 'b'])
    expect(seen).toHaveBeenCalledTimes(2)
    const again = createWatchStore(localStorage, undefined)
    expect(again.list()).toEqual([
      { id: 'a', since: 1 },
      { id: 'b', since: 2 },
    ])
    again.unwatch('a')
    expect(createWatchStore(localStorage, undefined).list().map((job) => job.id)).toEqual(['b'])
    again.unwatch('b')
    expect(localStorage.getItem(WATCH_STORAGE_KEY)).toBeNull()
  })

  it('keeps news until the job is opened, and the same list object while nothing changes', () => {
    const store = createWatchStore(localStorage, undefined)
    store.watch('a', 1)
    store.record('a', { status: 'in_progress', flags: [] })
    const before = store.list()
    expect(store.list()).toBe(before)
    store.record('a', { status: 'error', flags: [] }, { kind: 'failed', text: 'failed', at: 5 })
    store.record('a', { status: 'error', flags: [] })
    expect(needingAttention(store.list()).map((job) => job.news?.text)).toEqual(['failed'])
    store.acknowledge('a')
    expect(needingAttention(store.list())).toEqual([])
    expect(store.list()[0]?.seen?.status).toBe('error')
    // Nothing is recorded for a job no longer watched.
    store.record('zzz', { status: 'completed', flags: [] })
    expect(store.list().map((job) => job.id)).toEqual(['a'])
  })

  it('follows another tab through the storage event, and drops what it cannot read', () => {
    const target = new EventTarget()
    const store = createWatchStore(localStorage, target as unknown as Window)
    localStorage.setItem(WATCH_STORAGE_KEY, JSON.stringify([{ id: 'x', since: 1 }, { nope: true }]))
    target.dispatchEvent(new StorageEvent('storage', { key: WATCH_STORAGE_KEY }))
    expect(store.list().map((job) => job.id)).toEqual(['x'])
    localStorage.setItem(WATCH_STORAGE_KEY, '{not json')
    expect(createWatchStore(localStorage, undefined).list()).toEqual([])
  })

  it('counts the jobs with news before the page’s title', () => {
    expect(titleWithAttention('Sync jobs · Syncboard', 2)).toBe('(2) Sync jobs · Syncboard')
    expect(titleWithAttention('(2) Sync jobs · Syncboard', 1)).toBe('(1) Sync jobs · Syncboard')
    expect(titleWithAttention('(2) Sync jobs · Syncboard', 0)).toBe('Sync jobs · Syncboard')
  })
})
