// A list that keeps still while the operator reads: once they have scrolled, selected rows or opened
// an error, the rows on screen stay where they are — each still updates in place from every refresh —
// and jobs that arrived since wait behind a "N new jobs" button instead of pushing the rows down.
// Showing them (or the reading ending: back at the top, nothing selected, no error open) lets the
// list follow the data again. A row that left the page meanwhile stays, as last seen, until then.
import { useEffect, useMemo, useState } from 'react'
import type { JobRow } from '../job-row.ts'

interface Frozen {
  /** The view (URL without paging) the rows belong to: another page or filter is another list. */
  view: string
  ids: string[]
  last: Map<string, JobRow>
}

const freeze = (view: string, rows: readonly JobRow[]): Frozen => ({ view, ids: rows.map((row) => row.job.id), last: new Map(rows.map((row) => [row.job.id, row])) })

export function useKeepStill(rows: JobRow[] | undefined, { holding, view }: { holding: boolean; view: string }) {
  const [frozen, setFrozen] = useState<Frozen>()
  // Derived state, adjusted during render (React's pattern for state that follows props): hold the
  // rows shown when the reading started; let go when it ends or the view changes.
  if (holding && rows && (!frozen || frozen.view !== view)) setFrozen(freeze(view, rows))
  if (!holding && frozen) setFrozen(undefined)

  const active = holding && rows && frozen && frozen.view === view ? frozen : undefined
  const { shown, newCount } = useMemo(() => {
    if (!active || !rows) return { shown: rows, newCount: 0 }
    const fresh = new Map(rows.map((row) => [row.job.id, row]))
    const held = new Set(active.ids)
    return {
      shown: active.ids.flatMap((id) => {
        const row = fresh.get(id) ?? active.last.get(id)
        return row ? [row] : []
      }),
      newCount: rows.reduce((sum, row) => (held.has(row.job.id) ? sum : sum + 1), 0),
    }
  }, [active, rows])
  return { shown, newCount, showNew: () => (rows ? setFrozen(freeze(view, rows)) : undefined) }
}

/** Scroll distance (px) from which the operator counts as reading down the list. */
const SCROLLED_PX = 40

/**
 * Whether the operator is reading the list: scrolled down the page or the table's own scroll box, or
 * has an error's full text open in the table (its More button is expanded).
 */
export function useReading(): boolean {
  const [reading, setReading] = useState(false)
  useEffect(() => {
    let frame = 0
    const check = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const box = document.querySelector('.jobs-page .jobs-table-wrap')
        const scrolled = window.scrollY > SCROLLED_PX || (box !== null && box.scrollTop > SCROLLED_PX)
        const errorOpen = document.querySelector('.jobs-page .jobs-table tbody [aria-expanded="true"]') !== null
        setReading(scrolled || errorOpen)
      })
    }
    // Scroll events do not bubble: listen while they descend, for the page and the table's box alike.
    document.addEventListener('scroll', check, { capture: true, passive: true })
    document.addEventListener('click', check, { capture: true })
    document.addEventListener('keyup', check, { capture: true })
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('scroll', check, { capture: true })
      document.removeEventListener('click', check, { capture: true })
      document.removeEventListener('keyup', check, { capture: true })
    }
  }, [])
  return reading
}
