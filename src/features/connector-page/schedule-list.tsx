// The connector's enabled schedules in words, each with its next run (or why the service will not run
// it: a feature it needs is off, a cron it cannot read), and since when one is late.
import type { ScheduleCheck } from '../../lib/connector-health.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { cronInWords } from '../../lib/schedules.ts'

const iso = (ms: number) => new Date(ms).toISOString()

function ScheduleLine({ schedule }: { schedule: ScheduleCheck }) {
  const label = JOB_TYPE_LABELS[schedule.jobType]
  if (schedule.error) {
    return (
      <li>
        <span className="schedule-type">{label}:</span> <code>{schedule.cron}</code> — <span className="warn-text">{schedule.error}</span>
      </li>
    )
  }
  return (
    <li>
      <span className="schedule-type">{label}:</span> {cronInWords(schedule.cron) ?? <code>{schedule.cron}</code>}
      {schedule.ignored ? (
        <span className="warn-text"> — not run: {schedule.ignored}</span>
      ) : schedule.nextRun !== undefined ? (
        <>
          {' '}
          — next run <TimeLabel value={iso(schedule.nextRun)} />
        </>
      ) : (
        <span className="muted"> — never comes due again</span>
      )}
      {schedule.lateSince !== undefined ? (
        <span className="warn-text">
          {' '}
          (late since <TimeLabel value={iso(schedule.lateSince)} />)
        </span>
      ) : null}
      {schedule.caveats.length > 0 ? <span className="schedule-caveat muted"> {schedule.caveats.join(' ')}</span> : null}
    </li>
  )
}

export function ScheduleList({ schedules }: { schedules: readonly ScheduleCheck[] }) {
  if (schedules.length === 0) return <p className="schedules muted">No schedule enabled: it syncs only when someone starts a sync.</p>
  return (
    <div className="schedules">
      <h2 className="facts-heading">Schedules</h2>
      <ul>
        {schedules.map((schedule) => (
          <ScheduleLine key={schedule.jobType} schedule={schedule} />
        ))}
      </ul>
    </div>
  )
}
