// One worker host on a narrow screen, as a card in the "Workers" table's only cell: its name (the link
// to its jobs), then the wide row's cells stacked and labelled — running now, freshest heartbeat,
// completed, failed, failure rate against the other hosts (with the host-blame flag) and documents per
// second — so nothing needs sideways scrolling. The same layout as the overview's connector cards.
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { formatCount, formatRate } from '../../lib/format.ts'
import type { WorkerStats } from '../../lib/worker-stats.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { Fact, FactList } from '../../components/ui/fact-list.tsx'
import { FailureRate } from './failure-rate.tsx'

const isoOf = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())

export function WorkerCard({ host }: { host: WorkerStats }) {
  return (
    <div className="worker-card">
      <Link to={paths.workerJobs(host.hostname)} className="mono host-link" aria-label={`Jobs of ${host.hostname}`}>
        {host.hostname}
      </Link>
      <FactList>
        <Fact term="Running now">{formatCount(host.runningJobIds.length)}</Fact>
        <Fact term="Freshest heartbeat">
          <TimeLabel value={isoOf(host.freshestHeartbeat)} fallback="none" />
        </Fact>
        <Fact term="Completed">{formatCount(host.completed)}</Fact>
        <Fact term="Failed">{formatCount(host.failed)}</Fact>
        <Fact term="Failure rate">
          <FailureRate host={host} />
        </Fact>
        <Fact term="Documents/s">{host.documentsPerSecond === undefined ? '—' : formatRate(host.documentsPerSecond)}</Fact>
      </FactList>
    </div>
  )
}
