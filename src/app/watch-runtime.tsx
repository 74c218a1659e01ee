// The watched jobs' chunk, loaded by watch-shell.tsx once a job is watched: the watcher that reads
// them and sets the title (job-watcher.tsx) and the header's list of them (watch-alerts.tsx).
import { JobWatcher } from './job-watcher.tsx'
import { WatchAlerts } from './watch-alerts.tsx'

export default function WatchRuntime() {
  return (
    <>
      <JobWatcher />
      <WatchAlerts />
    </>
  )
}
