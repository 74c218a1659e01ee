// One connector's row: name (a link to its page) with service type and index, health, what it does
// now, data fresh as of, schedules, the last outcome, the last 20 outcomes and the connector service's
// last check-in; the insight flags sit under the name. The row reports itself to the on-screen tracker: the overview
// reads a connector's own history only while its row is on screen.
import { memo } from 'react'
import { PlainLink } from '../../components/ui/plain-link.tsx'
import type { Insight } from '../../lib/connector-insights.ts'
import { paths } from '../../config/paths.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import type { FleetRow } from './fleet-rows.ts'
import { streakLength } from './fleet-rows.ts'
import { ActivityCell } from './activity-cell.tsx'
import { HealthCell } from './health-cell.tsx'
import { isoOf } from './health-words.ts'
import { InsightFlags, sameInsights } from './insight-flags.tsx'
import { LastOutcomeCell } from './last-outcome-cell.tsx'
import { OutcomeStrip } from './outcome-strip.tsx'
import { ScheduleCell } from './schedule-cell.tsx'

export const ConnectorRow = memo(function ConnectorRow({
  row,
  insights,
  observe,
}: {
  row: FleetRow
  insights: readonly Insight[] | undefined
  observe: (element: HTMLElement | null) => void
}) {
  const { connector, health } = row
  const streak = streakLength(health)
  const longest = Object.values(health.streaks).find((entry) => entry?.count === streak)
  return (
    <tr ref={observe} data-state={health.state}>
      <th scope="row" className="col-name">
        <PlainLink to={paths.connector(connector.id)} className="connector-name">
          {health.name}
        </PlainLink>
        <div className="connector-meta muted small">
          <span>{connector.service_type ?? 'no service type'}</span>
          {' · '}
          {connector.index_name ? <span className="mono">{connector.index_name}</span> : <span>no index</span>}
        </div>
        <div className="connector-jobs small">
          <PlainLink to={paths.jobsOfConnector(connector.id)} aria-label={`Sync jobs of ${health.name}`}>
            Sync jobs
          </PlainLink>
        </div>
        <InsightFlags insights={insights} />
      </th>
      <td className="col-health">
        <HealthCell health={health} />
      </td>
      <td className="col-streak num">{streak > 0 ? `${streak}${longest?.countIsLowerBound ? '+' : ''}` : <span className="muted">0</span>}</td>
      <td className="col-activity">
        <ActivityCell activity={health.activity} />
      </td>
      <td className="col-fresh">
        <TimeLabel value={isoOf(health.freshAsOf)} fallback="never" />
      </td>
      <td className="col-schedules">
        <ScheduleCell schedules={health.schedules} />
      </td>
      <td className="col-outcome">
        <LastOutcomeCell outcome={health.lastOutcome} byFamily={health.lastOutcomes} />
      </td>
      <td className="col-strip">
        <OutcomeStrip entries={health.recentOutcomes} connectorName={health.name} />
      </td>
      <td className="col-checkin">
        <TimeLabel value={connector.last_seen} fallback="never" />
      </td>
    </tr>
  )
},
  (previous, next) => previous.row === next.row && previous.observe === next.observe && sameInsights(previous.insights, next.insights),
)
