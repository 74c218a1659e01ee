// The "Workers" table: per host, jobs running now, freshest heartbeat, completed and failed jobs, its
// failure rate beside the other hosts' (with the host-blame flag), and documents indexed per second.
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { formatCount, formatRate } from '../../lib/format.ts'
import type { WorkerStats } from '../../lib/worker-stats.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'

const percent = (rate: number | undefined) => (rate === undefined ? '—' : `${Math.round(rate * 100)} %`)
const isoOf = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())

export function WorkersTable({ stats, current }: { stats: readonly WorkerStats[]; current: string | undefined }) {
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
                <span className={host.flagged ? 'rate rate-flagged' : 'rate'}>{percent(host.failureRate)}</span>{' '}
                <span className="muted small">(others {percent(host.rest.failureRate)})</span>
                {host.flag ? (
                  <p className="host-flag">
                    <strong>Fails far more often.</strong> {host.flag}
                  </p>
                ) : null}
              </td>
              <td className="num">{host.documentsPerSecond === undefined ? '—' : formatRate(host.documentsPerSecond)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
