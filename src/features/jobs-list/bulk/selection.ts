// The jobs selected for a bulk action, keyed by job id so that a selection survives every refresh
// (a selected job's status is updated from each fresh page). A small external store rather than
// React state: each row's checkbox subscribes to its own id (useSyncExternalStore), so selecting one
// row re-renders that checkbox, not the memoised rows of the whole page.
import { createContext, useContext, useSyncExternalStore } from 'react'
import type { BulkJob } from '../../../lib/bulk-eligibility.ts'

export class SelectionStore {
  private readonly jobs = new Map<string, BulkJob>()
  private readonly listeners = new Set<() => void>()
  private list: BulkJob[] = []
  /** The page's rows in display order, for shift-click ranges and "select all on this page". */
  private page: readonly BulkJob[] = []
  /** The last row clicked without Shift: one end of a shift-click range. */
  private anchor: string | undefined
  private view: string | undefined

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(): void {
    this.list = [...this.jobs.values()]
    this.notify()
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener())
  }

  has = (id: string): boolean => this.jobs.has(id)
  /** The selected jobs, in the order they were selected; the same array until the selection changes. */
  selected = (): BulkJob[] => this.list
  pageRows = (): readonly BulkJob[] => this.page

  /** The rows on screen now; selected jobs among them take their fresh status. */
  setPage(rows: readonly BulkJob[]): void {
    if (rows === this.page) return
    this.page = rows
    let stale = false
    for (const row of rows) {
      const held = this.jobs.get(row.id)
      if (held && held !== row) {
        this.jobs.set(row.id, row)
        stale = true
      }
    }
    if (stale) this.changed()
    else this.notify()
  }

  /** A click on a row's checkbox; with Shift, every row between it and the last click takes its new state. */
  toggle(job: BulkJob, { range = false }: { range?: boolean } = {}): void {
    const on = !this.jobs.has(job.id)
    const ids = this.page.map((row) => row.id)
    const from = range && this.anchor !== undefined ? ids.indexOf(this.anchor) : -1
    const to = ids.indexOf(job.id)
    if (from >= 0 && to >= 0) {
      const [start, end] = from < to ? [from, to] : [to, from]
      for (const row of this.page.slice(start, end + 1)) this.put(row, on)
    } else {
      this.put(job, on)
    }
    this.anchor = job.id
    this.changed()
  }

  private put(job: BulkJob, on: boolean): void {
    if (on) this.jobs.set(job.id, job)
    else this.jobs.delete(job.id)
  }

  /** Selects (or unselects) these jobs, keeping the rest. */
  setMany(jobs: readonly BulkJob[], on: boolean): void {
    for (const job of jobs) this.put(job, on)
    this.changed()
  }

  /** Replaces the selection (e.g. "select all N matching") if the view is still the one they were fetched for. */
  replace(jobs: readonly BulkJob[], view: string): void {
    if (view !== this.view) return
    this.jobs.clear()
    for (const job of jobs) this.jobs.set(job.id, job)
    this.anchor = undefined
    this.changed()
  }

  /** The filters changed (`view` is their key): another set of jobs, so the selection does not carry over. */
  forView(view: string): void {
    if (view === this.view) return
    this.view = view
    this.clear()
  }

  clear(): void {
    if (this.jobs.size === 0 && this.anchor === undefined) return
    this.jobs.clear()
    this.anchor = undefined
    this.changed()
  }
}

export const SelectionContext = createContext<SelectionStore | undefined>(undefined)

export const useSelectionStore = (): SelectionStore | undefined => useContext(SelectionContext)

const NONE: BulkJob[] = []
const noop = () => () => {}

export function useIsSelected(store: SelectionStore | undefined, id: string): boolean {
  return useSyncExternalStore(store?.subscribe ?? noop, () => store?.has(id) ?? false)
}

/** Whether all, some or none of the page's rows are selected. */
export function usePageSelection(store: SelectionStore | undefined): 'all' | 'some' | 'none' {
  return useSyncExternalStore(store?.subscribe ?? noop, () => {
    const rows = store?.pageRows() ?? []
    const selected = rows.filter((row) => store?.has(row.id)).length
    return selected === 0 ? 'none' : selected === rows.length ? 'all' : 'some'
  })
}

export function useSelectedJobs(store: SelectionStore | undefined): BulkJob[] {
  return useSyncExternalStore(store?.subscribe ?? noop, () => store?.selected() ?? NONE)
}
