// One connector on a narrow screen, as a card in the table's only cell: its name (the link to its
// page) with service type and index, its health in words and colour with the reason, then what it
// does now, how fresh its data is, the last outcome with its error's first line, the last 20
// outcomes, its service's last check-in, the insight flags and a link to its jobs — the wide row's
// cells, stacked and labelled, so nothing needs sideways scrolling.
import { memo } from 'react'
import { PlainLink } from '../../components/ui/plain-link.tsx'
import type { Insight } from '../../lib/connector-insights.ts'
import { paths } from '../../config/paths.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { Fact, FactList } from '../../components/ui/fact-list.tsx'
import type { FleetRow } from './fleet-rows.ts'
import { ActivityCell } from './activity-cell.tsx'
import { HealthCell } from './health-cell.tsx'
import { isoOf } from './health-words.ts'
import { InsightFlags, sameInsights } from './insight-flags.tsx'
import { LastOutcomeCell } from './last-outcome-cell.tsx'
import { OutcomeStrip } from './outcome-strip.tsx'

export const ConnectorCard = memo(function ConnectorCard({ row, insights }: { row: FleetRow; insights: readonly Insight[] | undefined }) {
  const { connector, health } = row
  return (
    <div className="connector-card">
      <div className="card-head">
        <PlainLink to={paths.connector(connector.id)} className="connector-name">
          {health.name}
        </PlainLink>
        <div className="connector-meta muted small">
          <span>{connector.service_type ?? 'no service type'}</span>
          {' · '}
          {connector.index_name ? <span className="mono">{connector.index_name}</span> : <span>no index</span>}
        </div>
      </div>
      <HealthCell health={health} />
      <InsightFlags insights={insights} />
      <FactList>
        <Fact term="Now">
          <ActivityCell activity={health.activity} />
        </Fact>
        <Fact term="Data fresh as of">
          <TimeLabel value={isoOf(health.freshAsOf)} fallback="never" />
        </Fact>
        <Fact term="Last outcome">
          <LastOutcomeCell outcome={health.lastOutcome} byFamily={health.lastOutcomes} />
        </Fact>
        <Fact term="Last 20 outcomes">
          <OutcomeStrip entries={health.recentOutcomes} connectorName={health.name} />
        </Fact>
        <Fact term="Service check-in">
          <TimeLabel value={connector.last_seen} fallback="never" />
        </Fact>
      </FactList>
      <div className="connector-jobs small">
        <PlainLink to={paths.jobsOfConnector(connector.id)} aria-label={`Sync jobs of ${health.name}`}>
          Sync jobs
        </PlainLink>
      </div>
    </div>
  )
},
  (previous, next) => previous.row === next.row && sameInsights(previous.insights, next.insights),
)
