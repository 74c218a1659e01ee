// The "Workers" table: per host, jobs running now, freshest heartbeat, completed and failed jobs, its
// failure rate beside the other hosts' (with the host-blame flag), and documents indexed per second.
// It scrolls sideways inside a named region where the window is narrower than its columns; on a narrow
// screen it is a table of one column instead, each row a card (worker-card.tsx), as the jobs list and
// the connectors overview do.
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { formatCount, formatRate } from '../../lib/format.ts'
import type { WorkerStats } from '../../lib/worker-stats.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'
import { FailureRate } from './failure-rate.tsx'
import { WorkerCard } from './worker-card.tsx'

const isoOf = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())

export function WorkersTable({ stats, current, cards = false }: { stats: readonly WorkerStats[]; current: string | undefined; cards?: boolean }) {
  if (cards) {
    return (
      <div className="worker-cards-wrap">
        <table className="data-table worker-cards" aria-label="Workers">
          <thead>
            <tr>
              <th scope="col">Host</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((host) => (
              <tr key={host.hostname} data-flagged={host.flagged || undefined} aria-current={host.hostname === current ? 'true' : undefined}>
                <td>
                  <WorkerCard host={host} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )
  }
  return (
    <ScrollRegion className="table-wrap workers-table-wrap" label="Workers table, scrollable">
      <table className="data-table workers-table" aria-label="Workers">
        <thead>
          <tr>
            <th scope="col">Host</th>
            <th scope="col" className="num">
              Running now
            </th>
            <th scope="col">Freshest heartbeat</th>
            <th scope="col" className="num">
              Completed
            </th>
            <th scope="col" className="num">
              Failed
            </th>
            <th scope="col" title="Failed of completed + failed, against every other host together">
              Failure rate
            </th>
            <th scope="col" className="num" title="Documents indexed per second of running, over its completed jobs">
              Documents/s
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.map((host) => (
            <tr key={host.hostname} data-flagged={host.flagged || undefined} aria-current={host.hostname === current ? 'true' : undefined}>
              <th scope="row">
                <Link to={paths.workerJobs(host.hostname)} className="mono host-link" aria-label={`Jobs of ${host.hostname}`}>
                  {host.hostname}
                </Link>
              </th>
              <td className="num">{formatCount(host.runningJobIds.length)}</td>
              <td>
                <TimeLabel value={isoOf(host.freshestHeartbeat)} fallback="none" />
              </td>
              <td className="num">{formatCount(host.completed)}</td>
              <td className="num">{formatCount(host.failed)}</td>
              <td className="rate-cell">
                <FailureRate host={host} />
              </td>
              <td className="num">{host.documentsPerSecond === undefined ? '—' : formatRate(host.documentsPerSecond)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
