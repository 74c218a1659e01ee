// A job's status in words (never colour alone), plus its attention flags with their reasons.
import type { SyncJob, SyncStatus } from '../api/types.ts'
import { attentionFlags } from '../lib/stuck.ts'
import { useNow } from './use-now.ts'
import './status-badge.css'

export const STATUS_LABELS: Record<SyncStatus, string> = {
  pending: 'Pending',
  in_progress: 'In progress',
  canceling: 'Cancel requested',
  canceled: 'Canceled',
  completed: 'Completed',
  error: 'Failed',
  suspended: 'Suspended',
}

export function StatusBadge({ status }: { status: SyncStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>
}

/** The status badge followed by any attention flag, each flag's reason readable on hover and by screen readers. */
export function JobStatus({ job, showDetail = false }: { job: SyncJob; showDetail?: boolean }) {
  const now = useNow(1000)
  const flags = attentionFlags(job, now)
  return (
    <span className="job-status">
      <StatusBadge status={job.status} />
      {flags.map((flag) => (
        <span key={flag.kind} className={`flag flag-${flag.severity}`} title={flag.detail}>
          <span aria-hidden="true">{flag.severity === 'danger' ? '⛔' : '⚠'}</span> {flag.label}
          {showDetail ? <span className="flag-detail"> — {flag.detail}</span> : <span className="visually-hidden"> — {flag.detail}</span>}
        </span>
      ))}
    </span>
  )
}
