// A connector's last 20 finished syncs, oldest → newest: one mark per job, coloured and shaped by its
// outcome, each a link to the job named with its outcome, type and end. The strip is one tab stop
// (its newest job); the arrow keys, Home and End move along it. The marks are plain links
// (components/ui/plain-link.tsx): the overview draws 20 per connector on every refresh.
import type { KeyboardEvent } from 'react'
import { PlainLink } from '../../components/ui/plain-link.tsx'
import type { StripEntry } from '../../lib/connector-health.ts'
import { JOB_TYPE_LABELS, STATUS_LABELS } from '../../lib/labels.ts'
import { formatUtc } from '../../lib/time.ts'
import { paths } from '../../config/paths.ts'

const STEPS: Record<string, (index: number, last: number) => number> = {
  ArrowLeft: (index) => Math.max(0, index - 1),
  ArrowRight: (index, last) => Math.min(last, index + 1),
  Home: () => 0,
  End: (_index, last) => last,
}

function move(event: KeyboardEvent<HTMLOListElement>) {
  const step = STEPS[event.key]
  if (!step || event.altKey || event.ctrlKey || event.metaKey) return
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a')]
  const index = links.indexOf(event.target as HTMLAnchorElement)
  if (index < 0) return
  event.preventDefault()
  const next = links[step(index, links.length - 1)]
  for (const link of links) link.tabIndex = link === next ? 0 : -1
  next?.focus()
}

export function stripLabel(entry: StripEntry): string {
  const ended = entry.at === undefined ? '' : `, ended ${formatUtc(entry.at)}`
  return `${STATUS_LABELS[entry.status]} ${JOB_TYPE_LABELS[entry.jobType].toLowerCase()} sync ${entry.jobId}${ended}`
}

export function OutcomeStrip({ entries, connectorName }: { entries: readonly StripEntry[]; connectorName: string }) {
  if (entries.length === 0) return <span className="muted">None yet</span>
  return (
    // The keys only move focus between the links inside.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <ol className="outcome-strip" aria-label={`Last ${entries.length} outcomes of ${connectorName}, oldest first`} onKeyDown={move}>
      {entries.map((entry, index) => (
        <li key={entry.jobId}>
          <PlainLink
            to={paths.job(entry.jobId)}
            className={`strip-mark strip-${entry.status}`}
            aria-label={stripLabel(entry)}
            title={stripLabel(entry)}
            tabIndex={index === entries.length - 1 ? 0 : -1}
          />
        </li>
      ))}
    </ol>
  )
}
