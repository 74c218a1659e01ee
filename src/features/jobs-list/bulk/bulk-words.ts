// Counts in words for the bulk actions' buttons, dialogs and results ("1 job", "12 jobs").

export function plural(count: number, noun: string): string {
  const formatted = count.toLocaleString('en-US')
  if (count === 1) return `${formatted} ${noun}`
  // "sync" → "syncs", "selected job" → "selected jobs", "new on-demand sync" → "new on-demand syncs".
  return `${formatted} ${noun}s`
}
