// A connector's last 20 finished syncs, oldest → newest: one mark per job, coloured and shaped by its
// outcome, each a link to the job named with its outcome, type and end. The strip is one tab stop
// (its newest job); the arrow keys, Home and End move along it.
//
// The marks are plain links, followed in the page by one click handler on the strip: a react-router
// <Link> runs several hooks per render, and the overview draws 20 marks per connector on every
// refresh (852 Links cost 356 ms of a 4×-slowed load with 12 connectors, measured with Preact's
// render hooks) for what is the same `href` and a client-side navigation.
import type { KeyboardEvent, MouseEvent } from 'react'
import { useNavigate } from 'react-router'
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

/** Whether a click on a link is the browser's plain follow (not a new tab or window, not a download). */
function isPlainFollow(event: MouseEvent): boolean {
  return event.button === 0 && !event.defaultPrevented && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey
}

export function OutcomeStrip({ entries, connectorName }: { entries: readonly StripEntry[]; connectorName: string }) {
  const navigate = useNavigate()
  if (entries.length === 0) return <span className="muted">None yet</span>
  const follow = (event: MouseEvent<HTMLOListElement>) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.strip-mark') : null
    if (!link || !isPlainFollow(event)) return
    event.preventDefault()
    void navigate(link.getAttribute('href') ?? '')
  }
  return (
    // The keys only move focus between the links inside; the click follows them in the page.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/click-events-have-key-events
    <ol className="outcome-strip" aria-label={`Last ${entries.length} outcomes of ${connectorName}, oldest first`} onKeyDown={move} onClick={follow}>
      {entries.map((entry, index) => (
        <li key={entry.jobId}>
          <a
            href={paths.job(entry.jobId)}
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
