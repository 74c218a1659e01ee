// A job's error: one truncated line, the full text on demand. Always text, never HTML.
import { useId, useState } from 'react'
import { Button } from '../../components/ui/button.tsx'

/** About what the column shows on one line. */
const FITS = 32

export function ErrorCell({ error }: { error: string | undefined }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  if (!error) return <span className="muted">—</span>
  // Short errors fit the column; a disclosure button would only add noise.
  if (error.length <= FITS) return <span className="error-text">{error}</span>
  return (
    <span className={open ? 'error-cell open' : 'error-cell'}>
      <span id={id} className="error-text" title={open ? undefined : error}>
        {error}
      </span>
      <Button variant="ghost" size="small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Less' : 'More'}
        <span className="visually-hidden"> of the error</span>
      </Button>
    </span>
  )
}
