// The first line of a job's error on one clipped line, the whole text on hover: where a row has no
// room for the Error column (a card on a phone) or where that column is off screen (under the status
// on a wide one), so a failed job's reason shows at a glance. Always text, never HTML.

/** The error's first non-empty line. */
export function firstLine(error: string): string {
  return error.split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? error.trim()
}

/**
 * `duplicate`: the row's Error cell says the same, so screen readers skip this copy (they read cells
 * by their column header).
 */
export function ErrorLine({ error, duplicate = false }: { error: string | undefined; duplicate?: boolean }) {
  if (!error?.trim()) return null
  return (
    <span className="error-line" title={error} aria-hidden={duplicate || undefined}>
      {firstLine(error)}
    </span>
  )
}
