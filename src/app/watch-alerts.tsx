// The header's list of watched jobs (issue 12, "Watch a job"): how many this browser watches and how
// many have news, each a link to its job with what happened, a way to stop watching, and the button
// that asks for browser notifications — asked only from this click, never on load.
import { useState } from 'react'
import { Link } from 'react-router'
import { paths } from '../config/paths.ts'
import { Button } from '../components/ui/button.tsx'
import { useWatchedJobs, watchStore } from '../hooks/use-watched-jobs.ts'
import { STATUS_LABELS } from '../lib/labels.ts'
import { needingAttention } from '../lib/watched-jobs.ts'
import './watch-alerts.css'

type Permission = NotificationPermission | 'unsupported'
const currentPermission = (): Permission => (typeof Notification === 'undefined' ? 'unsupported' : Notification.permission)

export function WatchAlerts() {
  const jobs = useWatchedJobs()
  const [permission, setPermission] = useState<Permission>(currentPermission)
  if (jobs.length === 0) return null
  const news = needingAttention(jobs).length
  return (
    <details className="watch-alerts">
      <summary>
        ★ {jobs.length} watched
        {news > 0 ? <span className="watch-news-count">, {news} with news</span> : null}
      </summary>
      <div className="watch-panel">
        <ul aria-label="Watched jobs">
          {jobs.map((job) => (
            <li key={job.id} className={job.news ? 'has-news' : undefined}>
              <Link to={paths.job(job.id)} className="mono">
                {job.id}
              </Link>{' '}
              <span>
                {job.news ? job.news.text : job.seen ? (job.seen.status === 'gone' ? 'deleted' : STATUS_LABELS[job.seen.status]) : 'not read yet'}
              </span>{' '}
              <Button size="small" variant="ghost" aria-label={`Stop watching ${job.id}`} onClick={() => watchStore().unwatch(job.id)}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
        {permission === 'default' ? (
          <Button size="small" onClick={() => void Notification.requestPermission().then(setPermission, () => setPermission(currentPermission()))}>
            Notify me in this browser
          </Button>
        ) : permission === 'denied' ? (
          <p className="muted">Notifications are blocked for this site; the tab title still counts the news.</p>
        ) : null}
      </div>
    </details>
  )
}
