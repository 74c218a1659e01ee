// What an operator typed into a form that goes with an action (the job page's Claim and Mark as
// failed dialogs), kept until the action succeeds: closing the dialog with Escape or its close button,
// a refused submit or leaving the page loses nothing. Kept per key — the action and the job it is
// for, so one job's draft never shows in another's dialog — in memory, for the visit.
import { useState } from 'react'

type Fields = Record<string, string>

const drafts = new Map<string, Fields>()

export function useDraft<T extends Fields>(key: string, empty: T) {
  const [draft, setDraft] = useState<T>(() => ({ ...empty, ...drafts.get(key) }))
  /** Changes some fields and keeps the result for the next time the form opens. */
  const update = (patch: Partial<T>) => {
    const next = { ...draft, ...patch }
    drafts.set(key, next)
    setDraft(next)
  }
  /** Forgets the draft: the action it was for has succeeded. */
  const clear = () => {
    drafts.delete(key)
    setDraft(empty)
  }
  return { draft, update, clear }
}
