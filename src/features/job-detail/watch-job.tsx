// "Watch" on the job page's header: this browser hears when the job ends, fails or gets stuck (the
// app shell's watcher, app/job-watcher.tsx), even from another page; see components/watch-toggle.tsx.
import { WatchToggle } from '../../components/watch-toggle.tsx'

export function WatchJob({ id }: { id: string }) {
  return <WatchToggle id={id} />
}
