// Counts in words for the bulk actions' buttons, dialogs and results ("1 job", "12 jobs").
import { formatCount } from '../../../lib/format.ts'

export function plural(count: number, noun: string): string {
  const formatted = formatCount(count)
  if (count === 1) return `${formatted} ${noun}`
  // "sync" → "syncs", "selected job" → "selected jobs", "new on-demand sync" → "new on-demand syncs".
  return `${formatted} ${noun}s`
}
