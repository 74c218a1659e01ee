// The jobs of one chosen bar: the period, its counts, and its jobs grouped by connector (the
// connector's name links to its page), each job a link named with its id, under its outcome.
import { PlainLink } from '../../components/ui/plain-link.tsx'
import { paths } from '../../config/paths.ts'
import { formatCount } from '../../lib/format.ts'
import type { OutcomeBucket } from '../../lib/outcome-buckets.ts'
import { Button } from '../../components/ui/button.tsx'
import { countsText } from './bucket-words.ts'

/** Beyond this many jobs in one bar, the rest are counted, not listed. */
export const BAR_JOBS_SHOWN = 300

const OUTCOMES = [
  ['failed', 'Failed'],
  ['completed', 'Completed'],
  ['canceled', 'Canceled'],
] as const

interface Listed {
  connectorId: string
  outcomes: { key: (typeof OUTCOMES)[number][0]; words: string; ids: string[] }[]
}

/** The bar's jobs by connector and outcome (failures first), the first `limit` of them. */
export function listBarJobs(bucket: OutcomeBucket, limit = BAR_JOBS_SHOWN): Listed[] {
  let left = limit
  const listed: Listed[] = []
  for (const group of bucket.connectors) {
    if (left <= 0) break
    const outcomes: Listed['outcomes'] = []
    for (const [key, words] of OUTCOMES) {
      const ids = group[key].slice(0, left)
      left -= ids.length
      if (ids.length > 0) outcomes.push({ key, words, ids })
    }
    listed.push({ connectorId: group.connectorId, outcomes })
  }
  return listed
}

export function BarJobs({
  bucket,
  label,
  connectorNames,
  onClose,
}: {
  bucket: OutcomeBucket
  label: string
  connectorNames: ReadonlyMap<string, string>
  onClose: () => void
}) {
  const total = bucket.completed + bucket.failed + bucket.canceled
  return (
    <section className="bar-jobs" aria-label={`Jobs that ended ${label}`}>
      <div className="bar-jobs-header">
        <h3>Jobs that ended {label}</h3>
        <span className="muted">{countsText(bucket)}</span>
        <Button size="small" variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>
      {total === 0 ? <p className="muted">No sync ended in this period.</p> : null}
      <ul className="bar-connectors">
        {listBarJobs(bucket).map((group) => (
          <li key={group.connectorId}>
            <PlainLink to={paths.connector(group.connectorId)} className="bar-connector">
              {connectorNames.get(group.connectorId) ?? group.connectorId}
            </PlainLink>
            {group.outcomes.map(({ key, words, ids }) => (
              <div key={key} className={`bar-outcome outcome-${key}`}>
                <span className="bar-outcome-label">{words}:</span>{' '}
                <ul className="bar-job-ids">
                  {ids.map((id) => (
                    <li key={id}>
                      <PlainLink to={paths.job(id)} className="mono">
                        {id}
                      </PlainLink>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </li>
        ))}
      </ul>
      {total > BAR_JOBS_SHOWN ? <p className="muted">and {formatCount(total - BAR_JOBS_SHOWN)} more jobs not listed here.</p> : null}
    </section>
  )
}
