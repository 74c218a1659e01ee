// A relative time ("3 min ago") whose absolute local and UTC times show on hover and on keyboard focus.
import { useId } from 'react'
import { formatLocal, formatRelative, formatUtc, parseTimestamp } from '../lib/time.ts'
import { useNow } from './use-now.ts'
import './tooltip.css'

export function TimeLabel({ value, fallback = '—' }: { value: string | undefined; fallback?: string }) {
  const now = useNow(1000)
  const id = useId()
  const ms = parseTimestamp(value)
  if (ms === undefined || value === undefined) return <span className="muted">{fallback}</span>
  return (
    // Focusable so that keyboard users reach the absolute times too (the issue asks for hover *and* focus).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <span className="tip-host" tabIndex={0} aria-describedby={id}>
      <time dateTime={value}>{formatRelative(ms, now)}</time>
      <span role="tooltip" id={id} className="tip">
        {formatLocal(ms)}
        <br />
        {formatUtc(ms)}
      </span>
    </span>
  )
}
