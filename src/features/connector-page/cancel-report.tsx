// What "Cancel active syncs" did, job by job: canceled, cancel requested (a running job's worker stops
// it), refused with Elasticsearch's reason, not found, or no answer (unknown). The report takes focus
// and is named by its summary, so the summary is what is announced; a long list scrolls inside its own
// region.
import type { Ref } from 'react'
import { Link } from 'react-router'
import type { CancelOutcome } from '../../api/connector-history.ts'
import { StatusBadge } from '../../components/status-badge.tsx'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'
import { paths } from '../../config/paths.ts'

/** One outcome in words. */
export function outcomeText(outcome: CancelOutcome): string {
  switch (outcome.outcome) {
    case 'done':
      return outcome.status === 'in_progress' ? 'Cancel requested: its worker stops it within seconds' : 'Canceled'
    case 'refused':
      return `Refused by Elasticsearch (${outcome.type}): ${outcome.reason}`
    case 'not-found':
      return `Not found (${outcome.type}): ${outcome.reason}`
    case 'failed':
      return `No answer (${outcome.type}): ${outcome.reason} Whether it was canceled is unknown.`
  }
}

export function reportSummary(outcomes: readonly CancelOutcome[]): string {
  const count = (kind: CancelOutcome['outcome']) => outcomes.filter((outcome) => outcome.outcome === kind).length
  const parts = [`${count('done')} done`, `${count('refused')} refused`, `${count('not-found')} not found`]
  if (count('failed') > 0) parts.push(`${count('failed')} without an answer`)
  return `Cancel active syncs: ${outcomes.length} job${outcomes.length === 1 ? '' : 's'} — ${parts.join(', ')}.`
}

export function CancelReport({ outcomes, ref }: { outcomes: readonly CancelOutcome[]; ref: Ref<HTMLElement> }) {
  const list = (
    <ul className="cancel-outcomes">
      {outcomes.map((outcome) => (
        <li key={outcome.id} className={`outcome-${outcome.outcome}`}>
          <Link to={paths.job(outcome.id)} className="mono">
            {outcome.id}
          </Link>{' '}
          (was <StatusBadge status={outcome.status} />): {outcomeText(outcome)}
        </li>
      ))}
    </ul>
  )
  return (
    <section ref={ref} className="cancel-report" tabIndex={-1} aria-labelledby="cancel-report-summary">
      <p id="cancel-report-summary" className="cancel-summary">
        {reportSummary(outcomes)}
      </p>
      {outcomes.length > 8 ? (
        <ScrollRegion label="Outcome of each cancel" className="outcome-scroll">
          {list}
        </ScrollRegion>
      ) : (
        list
      )}
    </section>
  )
}
