// The top of the connector page: its name and health (in words and colour, since when and why) in
// the heading, then what it is — service type, index, its own status, last check-in of its connector
// service — its schedules with their next runs, and what the reader should know about the health.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import type { ConnectorDocument } from '../../../contract/es-connector-types.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import type { ConnectorHealth } from '../../lib/connector-health.ts'
import { formatUtc } from '../../lib/time.ts'
import { ConnectorHeading } from './connector-heading.tsx'
import { HealthBadge } from './health-badge.tsx'
import { ScheduleList } from './schedule-list.tsx'

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

export function ConnectorHeader({ connector, health }: { connector: ConnectorDocument; health: ConnectorHealth }) {
  return (
    <header className="connector-header">
      <p className="connector-back">
        <Link to={paths.connectors}>← Connectors</Link>
      </p>
      <ConnectorHeading>
        <span className="connector-name">{health.name}</span> <HealthBadge state={health.state} />
      </ConnectorHeading>
      <p className="health-line">
        <strong>{health.state}</strong>
        {health.since !== undefined ? (
          <>
            {' '}
            since {formatUtc(health.since)} (<TimeLabel value={new Date(health.since).toISOString()} />)
          </>
        ) : null}
        : {health.reason}
      </p>
      <div className="panel connector-facts">
        <dl>
          <Fact term="Service type">{connector.service_type ?? <span className="muted">not set</span>}</Fact>
          <Fact term="Index">{connector.index_name ? <code>{connector.index_name}</code> : <span className="muted">none attached</span>}</Fact>
          <Fact term="Connector status">{connector.status}</Fact>
          <Fact term="Last check-in">
            <TimeLabel value={connector.last_seen} fallback="never" />
          </Fact>
          <Fact term="Connector id">
            <code>{connector.id}</code>
          </Fact>
        </dl>
        <ScheduleList schedules={health.schedules} />
        {health.notes.length > 0 ? (
          <ul className="health-notes">
            {health.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </header>
  )
}
