// A job's status in words (never colour alone), plus its attention flags with their reasons, and the
// status's dot for places where words beside it name the status.
import type { SyncJobRow, SyncStatus } from '../../contract/es-connector-types.ts'
import { STATUS_LABELS } from '../lib/labels.ts'
import { attentionFlags, type AttentionFlag } from '../lib/stuck.ts'
import { useNowAs } from '../hooks/use-now.ts'
import './status-badge.css'

export function StatusBadge({ status }: { status: SyncStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>
}

/** The status's colour as a dot beside words that name it (a count chip); decorative. */
export function StatusDot({ status }: { status: SyncStatus }) {
  return <span className={`status-dot dot-${status}`} aria-hidden="true" />
}

/** The same flags, in words: a row re-renders when they change ("for 3 min" → "for 4 min"), not every second. */
const sameFlags = (a: readonly AttentionFlag[], b: readonly AttentionFlag[]) =>
  a.length === b.length && a.every((flag, index) => flag.kind === b[index]!.kind && flag.label === b[index]!.label && flag.detail === b[index]!.detail && flag.severity === b[index]!.severity)

/** The status badge followed by any attention flag, each flag's reason readable on hover and by screen readers. */
export function JobStatus({ job, showDetail = false }: { job: SyncJobRow; showDetail?: boolean }) {
  const flags = useNowAs((now) => attentionFlags(job, now), { same: sameFlags })
  return (
    <span className="job-status">
      <StatusBadge status={job.status} />
      {flags.map((flag) => (
        <span key={flag.kind} className={`flag flag-${flag.severity}`} title={flag.detail}>
          <FlagIcon severity={flag.severity} /> {flag.label}
          {showDetail ? <span className="flag-detail"> — {flag.detail}</span> : <span className="visually-hidden"> — {flag.detail}</span>}
        </span>
      ))}
    </span>
  )
}

/** Drawn rather than an emoji: emoji fonts are missing on many servers and headless browsers. */
function FlagIcon({ severity }: { severity: 'warning' | 'danger' }) {
  return (
    <svg className="flag-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      {severity === 'danger' ? (
        <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
      ) : (
        <path d="M8 1l7.5 13.5h-15z" fill="currentColor" />
      )}
      <path d="M7.1 4.5h1.8l-.3 5.2H7.4zM7.1 11h1.8v1.8H7.1z" fill="var(--flag-glyph, #fff)" />
    </svg>
  )
}
