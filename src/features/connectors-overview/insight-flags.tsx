// The insights (lib/connector-insights.ts) about one connector as flags on its row: a short label, with
// the rule's sentence on hover and for screen readers, and a link to the newest job showing it.
import { PlainLink } from '../../components/ui/plain-link.tsx'
import type { Insight } from '../../lib/connector-insights.ts'
import { paths } from '../../config/paths.ts'
import { INSIGHT_LABELS } from './health-words.ts'

/**
 * Whether two connectors' insight lists say the same. The insights are worked out anew on every
 * refresh; the memoised rows compare them by value, so a row whose insights did not change is not
 * drawn again.
 */
export function sameInsights(a: readonly Insight[] | undefined, b: readonly Insight[] | undefined): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

export function InsightFlags({ insights }: { insights: readonly Insight[] | undefined }) {
  if (!insights || insights.length === 0) return null
  return (
    <ul className="insight-flags">
      {insights.map((insight) => {
        const jobId = insight.jobIds.at(-1)
        const label = INSIGHT_LABELS[insight.kind]
        return (
          <li key={`${insight.kind}-${jobId ?? ''}`} className={`insight insight-${insight.kind}`} title={insight.sentence}>
            {jobId ? <PlainLink to={paths.job(jobId)}>{label}</PlainLink> : label}
            <span className="visually-hidden"> — {insight.sentence}</span>
          </li>
        )
      })}
    </ul>
  )
}
