// The job's error message exactly as the worker wrote it: text only (never HTML), whitespace kept,
// long messages folded with a toggle so a stack trace does not push the page away.
import { useId, useState } from 'react'
import { Button } from '../../components/ui/button.tsx'

const FOLD_CHARS = 400
const FOLD_LINES = 6

export function foldError(text: string): string | undefined {
  const lines = text.split('\n')
  if (text.length <= FOLD_CHARS && lines.length <= FOLD_LINES) return undefined
  const head = lines.slice(0, FOLD_LINES).join('\n')
  return `${head.slice(0, FOLD_CHARS)}…`
}

export function JobErrorText({ error }: { error: string }) {
  const [expanded, setExpanded] = useState(false)
  const textId = useId()
  const folded = foldError(error)
  return (
    <section className="panel job-error" aria-labelledby="job-error-heading">
      <h2 id="job-error-heading">Error</h2>
      {error === '' ? (
        <p className="muted">The job failed with an empty error message.</p>
      ) : (
        <pre id={textId} className="error-text">
          {folded && !expanded ? folded : error}
        </pre>
      )}
      {folded ? (
        <Button size="small" aria-expanded={expanded} aria-controls={textId} onClick={() => setExpanded((value) => !value)}>
          {expanded ? 'Show less' : 'Show the full error'}
        </Button>
      ) : null}
    </section>
  )
}
