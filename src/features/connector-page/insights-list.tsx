// Patterns across the connector's recent syncs that no single job shows (lib/connector-insights.ts:
// cursor stall, mass deletion, failures that began with a change, an overrunning full sync), each in a
// sentence with links to the jobs that show it.
import { Link } from 'react-router'
import type { Insight } from '../../lib/connector-insights.ts'
import { paths } from '../../config/paths.ts'

/** Links shown per insight; a long failure streak lists the rest as a count. */
const SHOWN_JOBS = 8

const KIND_TITLES: Record<Insight['kind'], string> = {
  'cursor-stall': 'Sync cursor not moving',
  'mass-deletion': 'Mass deletion',
  'config-blame': 'Failing since a change',
  overrun: 'Full sync will overrun',
}

export function InsightsList({ insights, jobCount }: { insights: readonly Insight[]; jobCount: number }) {
  return (
    <section className="panel insights" aria-labelledby="insights-title">
      <h2 id="insights-title">Insights</h2>
      {jobCount === 0 ? (
        <p className="muted">No jobs to look at yet.</p>
      ) : insights.length === 0 ? (
        <p className="muted">No pattern stands out across its last {jobCount} jobs (stalled cursor, mass deletion, failures after a change, an overrunning full sync).</p>
      ) : (
        <ul className="insight-list">
          {insights.map((insight) => {
            const shown = insight.jobIds.slice(-SHOWN_JOBS)
            const hidden = insight.jobIds.length - shown.length
            return (
              <li key={`${insight.kind}:${insight.jobIds.join(',')}`}>
                <p>
                  <strong>{KIND_TITLES[insight.kind]}.</strong> {insight.sentence}
                </p>
                <p className="insight-jobs">
                  {insight.jobIds.length === 1 ? 'Shown by job ' : 'Shown by jobs '}
                  {shown.map((id, index) => (
                    <span key={id}>
                      {index > 0 ? ', ' : null}
                      <Link to={paths.job(id)} className="mono">
                        {id}
                      </Link>
                    </span>
                  ))}
                  {hidden > 0 ? ` and ${hidden} earlier` : null}
                </p>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
