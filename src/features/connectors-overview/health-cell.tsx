// A connector's health in the table: the state in words and colour (exactly one of "Service down",
// "Failing", "Late", "Never synced", "Healthy"), how many syncs failed in a row, since when, the reason
// in a sentence, and the notes a reader should know (fallbacks, unreadable schedules, the connector's
// own error) folded away.
import type { ConnectorHealth } from '../../lib/connector-health.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { healthClass, isoOf } from './health-words.ts'

export function HealthBadge({ state }: { state: ConnectorHealth['state'] }) {
  return <span className={`health-badge ${healthClass(state)}`}>{state}</span>
}

export function HealthCell({ health }: { health: ConnectorHealth }) {
  const streak = health.state === 'Failing' ? health.streak : undefined
  return (
    <div className="health-cell">
      <div className="health-line">
        <HealthBadge state={health.state} />
        {streak ? (
          <span className="streak">
            {streak.count}
            {streak.countIsLowerBound ? '+' : ''} in a row
          </span>
        ) : null}
        {health.since !== undefined ? (
          <span className="since muted">
            since <TimeLabel value={isoOf(health.since)} />
          </span>
        ) : null}
      </div>
      <p className="reason">{health.reason}</p>
      {health.notes.length > 0 ? (
        <details className="notes">
          <summary>
            {health.notes.length} {health.notes.length === 1 ? 'note' : 'notes'}
          </summary>
          <ul>
            {health.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}
