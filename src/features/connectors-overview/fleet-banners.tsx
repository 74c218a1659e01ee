// Banners above the table for what is wrong across the fleet: nobody is picking up jobs (jobs wait
// while no connector service has checked in for two heartbeats), and connectors that missed a
// scheduled run (a tick passed and no job was created for it).
import { Link } from 'react-router'
import type { SyncJobRow } from '../../../contract/es-connector-types.ts'
import type { FleetConnector } from '../../api/fleet.ts'
import { paths } from '../../config/paths.ts'
import { SERVICE_HEARTBEAT_MS } from '../../lib/connector-health.ts'
import { formatAge, formatCount } from '../../lib/format.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { parseTimestamp } from '../../lib/time.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import type { FleetRow } from './fleet-rows.ts'
import { isoOf } from './health-words.ts'

/** No check-in from any connector service for this long while jobs wait: nobody picks them up. */
export const NOBODY_AFTER_MS = 2 * SERVICE_HEARTBEAT_MS

export interface PickupStall {
  pending: number
  /** The freshest check-in of any connector service; undefined when none ever checked in. */
  lastCheckIn: number | undefined
}

export function pickupStall(connectors: readonly FleetConnector[], jobs: readonly SyncJobRow[], now: number): PickupStall | undefined {
  const pending = jobs.filter((job) => job.status === 'pending').length
  if (pending === 0) return undefined
  let lastCheckIn: number | undefined
  for (const connector of connectors) {
    const seen = parseTimestamp(connector.last_seen)
    if (seen !== undefined && (lastCheckIn === undefined || seen > lastCheckIn)) lastCheckIn = seen
  }
  if (lastCheckIn !== undefined && now - lastCheckIn <= NOBODY_AFTER_MS) return undefined
  return { pending, lastCheckIn }
}

const MISSED_SHOWN = 5

export function FleetBanners({ rows, connectors, jobs, now }: { rows: readonly FleetRow[]; connectors: readonly FleetConnector[]; jobs: readonly SyncJobRow[]; now: number }) {
  const stall = pickupStall(connectors, jobs, now)
  const missed = rows.filter((row) => row.health.schedules.some((schedule) => schedule.missedTick !== undefined))
  return (
    <>
      {stall ? (
        <section className="banner banner-danger" aria-labelledby="banner-nobody">
          <h2 className="banner-title" id="banner-nobody">
            Nobody is picking up jobs
          </h2>
          <p>
            {formatCount(stall.pending)} sync {stall.pending === 1 ? 'job is' : 'jobs are'} pending, and{' '}
            {stall.lastCheckIn === undefined ? (
              'no connector service has ever checked in.'
            ) : (
              <>
                no connector service has checked in for {formatAge(now - stall.lastCheckIn)} (the last check-in: <TimeLabel value={isoOf(stall.lastCheckIn)} />
                ).
              </>
            )}{' '}
            Check that the connector service is running and can reach the cluster. <Link to={paths.jobsWith({ status: 'pending' })}>See the pending jobs</Link>
          </p>
        </section>
      ) : null}
      {missed.length > 0 ? (
        <section className="banner banner-warning" aria-labelledby="banner-missed">
          <h2 className="banner-title" id="banner-missed">
            {missed.length === 1 ? '1 connector missed a scheduled sync' : `${formatCount(missed.length)} connectors missed a scheduled sync`}
          </h2>
          <ul className="missed-list">
            {missed.slice(0, MISSED_SHOWN).map((row) => {
              const schedule = row.health.schedules.find((entry) => entry.missedTick !== undefined)!
              return (
                <li key={row.connector.id}>
                  <Link to={paths.connector(row.connector.id)}>{row.health.name}</Link>: no {JOB_TYPE_LABELS[schedule.jobType].toLowerCase()} sync was created for the run of{' '}
                  <TimeLabel value={isoOf(schedule.missedTick)} />
                </li>
              )
            })}
          </ul>
          {missed.length > MISSED_SHOWN ? <p>and {formatCount(missed.length - MISSED_SHOWN)} more</p> : null}
        </section>
      ) : null}
    </>
  )
}
