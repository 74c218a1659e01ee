// A connector's enabled schedules in words with their next run, one per line; a schedule that cannot
// be read says so (its row stays whole), one the service ignores says why, and a connector without an
// enabled schedule says it syncs on demand only.
import type { ScheduleCheck } from '../../lib/connector-health.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { cronInWords } from '../../lib/schedules.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { isoOf } from './health-words.ts'

export function ScheduleCell({ schedules }: { schedules: readonly ScheduleCheck[] }) {
  if (schedules.length === 0) return <span className="muted">On demand only</span>
  return (
    <ul className="schedules">
      {schedules.map((schedule) => (
        <li key={schedule.jobType} className={schedule.error ? 'schedule schedule-broken' : 'schedule'}>
          <span className="schedule-type">{JOB_TYPE_LABELS[schedule.jobType]}:</span>{' '}
          {schedule.error ? (
            <span className="schedule-error">cannot be read — {schedule.error}</span>
          ) : (
            <>
              <span>{cronInWords(schedule.cron) ?? schedule.cron}</span>
              {schedule.ignored ? (
                <span className="muted small"> — not run: {schedule.ignored}</span>
              ) : schedule.nextRun !== undefined ? (
                <span className="muted small">
                  {' '}
                  · next <TimeLabel value={isoOf(schedule.nextRun)} />
                </span>
              ) : (
                <span className="muted small"> · never again</span>
              )}
              {schedule.missedTick !== undefined ? (
                <span className="schedule-missed small">
                  {' '}
                  · missed the run of <TimeLabel value={isoOf(schedule.missedTick)} />
                </span>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
