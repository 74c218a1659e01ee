// A connector's health at its boundaries: 15 minutes without a check-in, failure streaks per family
// (canceled syncs skipped), a tick missed by more than 5 minutes, no success for two intervals, never
// synced, healthy; the precedence between them, the connector-document fallback, what it is doing now,
// freshness, the last outcome and the outcome strip, and the overview's sort order.
import { describe, expect, it } from 'vitest'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import {
  HEALTH_STATES,
  MISSED_TICK_GRACE_MS,
  OUTCOME_STRIP_LENGTH,
  SERVICE_DOWN_AFTER_MS,
  compareHealth,
  connectorHealth,
  failureStreak,
  fleetHealth,
  firstLine,
} from '../../../src/lib/connector-health.ts'
import { cronInWords } from '../../../src/lib/schedules.ts'
import {
  DAY,
  EVERY_FIVE_MINUTES,
  HOUR,
  HOURLY,
  MINUTE,
  MONDAYS_AT_MIDNIGHT,
  NOW,
  ago,
  finishedJob,
  fleetConnector,
  iso,
  pendingJob,
  runningJob,
  scheduledJob,
  type FleetConnector,
  type FleetConnectorOverrides,
} from '../../support/fleet.ts'

const health = (connector: FleetConnector, jobs: SyncJob[] = [], now = NOW, capped = false) => connectorHealth(connector, jobs, now, { capped })
/** A connector that synced fine an hour ago. */
const synced = [finishedJob('ok-1', 'completed', HOUR)]

describe('Service down', () => {
  it('when no connector service ever checked in', () => {
    const result = health(fleetConnector({ last_seen: undefined }), synced)
    expect(result).toMatchObject({ state: 'Service down', since: undefined, severity: 0 })
    expect(result.reason).toBe('No connector service has ever checked in for this connector.')
  })

  it('not at exactly 15 minutes without a check-in; one millisecond later, since last_seen + 15 min', () => {
    expect(health(fleetConnector({ last_seen: ago(SERVICE_DOWN_AFTER_MS) }), synced).state).toBe('Healthy')
    const result = health(fleetConnector({ last_seen: ago(SERVICE_DOWN_AFTER_MS + 1) }), synced)
    expect(result.state).toBe('Service down')
    expect(result.since).toBe(NOW - 1)
    expect(result.reason).toBe('Its connector service has not checked in for 15 min; it checks in every 5 min.')
  })

  it('comes before Failing, and still reports the streak', () => {
    const result = health(fleetConnector({ last_seen: ago(DAY) }), [finishedJob('bad', 'error', HOUR)])
    expect(result.state).toBe('Service down')
    expect(result.streak?.count).toBe(1)
  })
})

describe('Failing', () => {
  it('counts the failures since the last success, since the first of them ended', () => {
    const jobs = [finishedJob('ok', 'completed', 5 * HOUR), finishedJob('bad-1', 'error', 3 * HOUR), finishedJob('bad-2', 'error', HOUR, { job_type: 'incremental' })]
    const result = health(fleetConnector(), jobs)
    expect(result).toMatchObject({ state: 'Failing', since: NOW - 3 * HOUR, severity: 1 })
    expect(result.streak).toMatchObject({ family: 'content', count: 2, countIsLowerBound: false, jobIds: ['bad-1', 'bad-2'], source: 'jobs' })
    expect(result.reason).toBe('The last 2 content syncs failed in a row: SyncError: bad-2 failed')
  })

  it('one failure', () => {
    const result = health(fleetConnector(), [finishedJob('ok', 'completed', 3 * HOUR), finishedJob('bad', 'error', HOUR)])
    expect(result.reason).toBe('The last content sync failed: SyncError: bad failed')
  })

  it('skips canceled syncs: they neither end nor start a streak', () => {
    const jobs = [
      finishedJob('ok', 'completed', 6 * HOUR),
      finishedJob('bad-1', 'error', 5 * HOUR),
      finishedJob('stop', 'canceled', 4 * HOUR),
      finishedJob('bad-2', 'error', 3 * HOUR),
      finishedJob('stop-2', 'canceled', HOUR),
    ]
    expect(health(fleetConnector(), jobs).streak).toMatchObject({ count: 2, jobIds: ['bad-1', 'bad-2'] })
    expect(health(fleetConnector(), [finishedJob('bad', 'error', 3 * HOUR), finishedJob('ok', 'completed', 2 * HOUR), finishedJob('stop', 'canceled', HOUR)]).state).toBe('Healthy')
  })

  it('per family: a failing access control sync fails the connector though content syncs succeed', () => {
    const jobs = [finishedJob('ok', 'completed', HOUR), finishedJob('acl', 'error', 2 * HOUR, { job_type: 'access_control' })]
    const result = health(fleetConnector(), jobs)
    expect(result.state).toBe('Failing')
    expect(result.streaks).toEqual({ access_control: expect.objectContaining({ count: 1, jobIds: ['acl'] }) })
    expect(result.reason).toMatch(/^The last access control sync failed/)
  })

  it('both families failing: since the older streak began', () => {
    const jobs = [finishedJob('c', 'error', HOUR), finishedJob('a', 'error', 4 * HOUR, { job_type: 'access_control' })]
    const result = health(fleetConnector(), jobs)
    expect(result.since).toBe(NOW - 4 * HOUR)
    expect(result.streak?.family).toBe('access_control')
  })

  it('a streak that reaches the end of a capped window may be longer', () => {
    const jobs = [finishedJob('bad-1', 'error', 2 * HOUR), finishedJob('bad-2', 'error', HOUR)]
    expect(health(fleetConnector(), jobs, NOW, true).streak).toMatchObject({ count: 2, countIsLowerBound: true })
    expect(health(fleetConnector(), jobs, NOW, true).reason).toMatch(/^The last 2 or more content syncs failed in a row/)
    expect(health(fleetConnector(), jobs, NOW, false).streak?.countIsLowerBound).toBe(false)
  })

  it('falls back to the connector document when the window holds none of its syncs, and says so', () => {
    const connector = fleetConnector({ last_sync_status: 'error', last_sync_error: 'Auth failed\nmore', last_synced: ago(2 * HOUR) })
    const result = health(connector, [])
    expect(result).toMatchObject({ state: 'Failing', since: NOW - 2 * HOUR, fromConnectorDocument: ['content'] })
    expect(result.streak).toMatchObject({ count: 1, countIsLowerBound: true, source: 'connector document', jobIds: [] })
    expect(result.lastOutcome).toMatchObject({ status: 'error', errorLine: 'Auth failed', source: 'connector document' })
    expect(result.notes.join(' ')).toMatch(/comes from the connector document/)
  })
})

describe('failureStreak', () => {
  it('none when the newest result succeeded, or there is none', () => {
    expect(failureStreak([finishedJob('bad', 'error', 2 * HOUR), finishedJob('ok', 'completed', HOUR)], 'content')).toBeUndefined()
    expect(failureStreak([], 'content')).toBeUndefined()
    expect(failureStreak([finishedJob('bad', 'error', HOUR)], 'access_control')).toBeUndefined()
  })
})

/** An hourly full schedule: at NOW (12:00) the latest tick more than 5 minutes old is 11:00. */
const hourly = (overrides: FleetConnectorOverrides = {}) => fleetConnector(overrides, { full: HOURLY })
const eleven = NOW - HOUR

describe('Late: a missed tick', () => {

  it('when no scheduled job was created for the tick', () => {
    const result = health(hourly(), synced)
    expect(result).toMatchObject({ state: 'Late', since: eleven, severity: 2 })
    expect(result.schedules[0]).toMatchObject({ jobType: 'full', missedTick: eleven, lateSince: eleven, nextRun: NOW + HOUR, cron: HOURLY })
    expect(cronInWords(HOURLY)).toBe('Every hour')
    expect(result.reason).toBe('No full sync was created for the tick 1 h ago.')
  })

  it('not when a scheduled job of the type was created at the tick, or the document says it fired', () => {
    expect(health(hourly(), [...synced, scheduledJob('s', 'full', eleven)]).state).toBe('Healthy')
    expect(health(hourly({ last_sync_scheduled_at: '2026-06-01T11:00:00+00:00' }), synced).state).toBe('Healthy')
  })

  it('an on-demand job or a job of another type does not count', () => {
    expect(health(hourly(), [...synced, scheduledJob('s', 'full', eleven, { trigger_method: 'on_demand' })]).state).toBe('Late')
    expect(health(hourly(), [...synced, scheduledJob('s', 'incremental', eleven)]).state).toBe('Late')
  })

  it('a tick exactly 5 minutes old is still in its grace; one millisecond later it is missed', () => {
    const twelve = NOW
    const jobs = [finishedJob('ok', 'completed', 30 * MINUTE), scheduledJob('s', 'full', eleven)]
    expect(health(hourly(), jobs, twelve + MISSED_TICK_GRACE_MS).state).toBe('Healthy')
    const result = health(hourly({ last_seen: iso(twelve + MINUTE) }), jobs, twelve + MISSED_TICK_GRACE_MS + 1)
    expect(result).toMatchObject({ state: 'Late', since: twelve })
  })

  it('every five minutes and weekly', () => {
    // At 12:00 the latest tick more than 5 minutes old is 11:50.
    const recent = finishedJob('ok', 'completed', 2 * MINUTE)
    expect(health(fleetConnector({}, { full: EVERY_FIVE_MINUTES }), [recent, scheduledJob('s', 'full', NOW - 10 * MINUTE)]).state).toBe('Healthy')
    expect(health(fleetConnector({}, { full: EVERY_FIVE_MINUTES }), [recent, scheduledJob('s', 'full', NOW - 15 * MINUTE)]).since).toBe(NOW - 10 * MINUTE)
    const weekly = health(fleetConnector({}, { full: MONDAYS_AT_MIDNIGHT }), synced)
    expect(weekly).toMatchObject({ state: 'Late', since: Date.parse('2026-06-01T00:00:00Z') })
    expect(cronInWords(weekly.schedules[0]!.cron)).toBe('At 00:00, only on Monday (UTC)')
  })

  it('says why when the connector status stops the service from scheduling', () => {
    const result = health(hourly({ status: 'needs_configuration' }), synced)
    expect(result.reason).toBe('No full sync was created for the tick 1 h ago; the service schedules nothing while the connector needs configuration.')
  })

  it('an incremental or access control schedule whose feature is off is ignored, with a note', () => {
    const features = { incremental_sync: { enabled: false } }
    const result = health(fleetConnector({ features }, { incremental: HOURLY, access_control: HOURLY }), synced)
    expect(result.state).toBe('Healthy')
    expect(result.schedules.map((schedule) => schedule.ignored !== undefined)).toEqual([true, true])
    expect(result.notes).toHaveLength(2)
  })
})

/** Weekly, and this Monday's tick fired: no tick is missed before next Monday, so only the success rule speaks. */
const weekly = () => fleetConnector({ last_sync_scheduled_at: '2026-06-01T00:00:00+00:00' }, { full: MONDAYS_AT_MIDNIGHT })

describe('Late: no success for two intervals', () => {

  it('not at exactly two intervals after the last success; late one millisecond after', () => {
    expect(health(weekly(), [finishedJob('ok', 'completed', 14 * DAY)]).state).toBe('Healthy')
    const result = health(weekly(), [finishedJob('ok', 'completed', 14 * DAY + 1)])
    expect(result).toMatchObject({ state: 'Late', since: NOW - 1 })
    expect(result.schedules[0]).toMatchObject({ overdueSince: NOW - 1 })
    expect(result.reason).toBe('No content sync has succeeded for 2 intervals of its full schedule.')
  })

  it('canceled syncs since do not count as successes', () => {
    expect(health(weekly(), [finishedJob('ok', 'completed', 20 * DAY), finishedJob('stop', 'canceled', DAY)]).state).toBe('Late')
  })
})

describe('a malformed schedule says so instead of breaking the row', () => {
  it('keeps the state of everything else and notes the reason', () => {
    const result = health(fleetConnector({}, { full: 'every hour' }), synced)
    expect(result.state).toBe('Healthy')
    expect(result.schedules[0]).toMatchObject({ jobType: 'full', cron: 'every hour', error: expect.stringMatching(/6 or 7 fields/) })
    expect(result.notes[0]).toMatch(/^The full schedule cannot be read/)
  })
})

describe('Never synced', () => {
  it('when no sync ever completed', () => {
    const result = health(fleetConnector(), [finishedJob('stop', 'canceled', HOUR)])
    expect(result).toMatchObject({ state: 'Never synced', severity: 3, since: undefined, freshAsOf: undefined })
  })

  it('says a first sync is running', () => {
    const result = health(fleetConnector(), [runningJob('first', 10 * MINUTE)])
    expect(result.reason).toBe('No sync of this connector has completed yet. A sync is running.')
  })

  it('not when the connector document remembers a success', () => {
    const result = health(fleetConnector({ last_sync_status: 'completed', last_synced: ago(3 * HOUR) }), [])
    expect(result).toMatchObject({ state: 'Healthy', freshAsOf: NOW - 3 * HOUR, fromConnectorDocument: ['content'] })
  })

  it('not when a capped window may have lost the last success', () => {
    const connector = fleetConnector({ last_sync_status: 'canceled', last_synced: ago(HOUR) })
    expect(health(connector, [finishedJob('stop', 'canceled', HOUR)], NOW, true).state).toBe('Healthy')
    expect(health(connector, [finishedJob('stop', 'canceled', HOUR)], NOW, false).state).toBe('Never synced')
  })
})

describe('Healthy', () => {
  it('since the first success after the last failure', () => {
    const jobs = [finishedJob('bad', 'error', 5 * HOUR), finishedJob('ok-1', 'completed', 3 * HOUR), finishedJob('ok-2', 'completed', HOUR)]
    expect(health(fleetConnector(), jobs)).toMatchObject({ state: 'Healthy', since: NOW - 3 * HOUR, severity: 4, streak: undefined })
  })

  it('the states are in severity order', () => {
    expect(HEALTH_STATES).toEqual(['Service down', 'Failing', 'Late', 'Never synced', 'Healthy'])
  })
})

describe('what it is doing now', () => {
  it('Syncing, with the job id; canceling counts as running', () => {
    expect(health(fleetConnector(), [...synced, runningJob('run', 5 * MINUTE), pendingJob('wait', MINUTE)]).activity).toEqual({
      label: 'Syncing',
      jobId: 'run',
      jobType: 'full',
      status: 'in_progress',
      since: NOW - 5 * MINUTE,
      queued: 1,
    })
    expect(health(fleetConnector(), [runningJob('stopping', MINUTE, { status: 'canceling' })]).activity).toMatchObject({ label: 'Syncing', jobId: 'stopping' })
  })

  it('Queued: the oldest waiting job; a suspended one waits too', () => {
    const jobs = [pendingJob('new', MINUTE), pendingJob('old', 10 * MINUTE, { status: 'suspended' })]
    expect(health(fleetConnector(), jobs).activity).toMatchObject({ label: 'Queued', jobId: 'old', status: 'suspended', since: NOW - 10 * MINUTE, queued: 2 })
  })

  it('Idle otherwise', () => {
    expect(health(fleetConnector(), synced).activity).toEqual({ label: 'Idle', queued: 0 })
  })
})

describe('freshness, last outcome and the outcome strip', () => {
  it('fresh as of the newest successful content sync; access control syncs do not refresh data', () => {
    const jobs = [finishedJob('content', 'completed', 3 * HOUR, { job_type: 'incremental' }), finishedJob('acl', 'completed', HOUR, { job_type: 'access_control' })]
    expect(health(fleetConnector(), jobs).freshAsOf).toBe(NOW - 3 * HOUR)
  })

  it('the last outcome is the newest finished sync of either family, with its error’s first line', () => {
    const jobs = [finishedJob('ok', 'completed', 3 * HOUR), finishedJob('acl', 'error', HOUR, { job_type: 'access_control', error: '\n  Permission denied  \nstack' })]
    expect(health(fleetConnector(), jobs).lastOutcome).toEqual({
      status: 'error',
      at: NOW - HOUR,
      jobId: 'acl',
      jobType: 'access_control',
      family: 'access_control',
      errorLine: 'Permission denied',
      source: 'jobs',
    })
  })

  it('keeps the newest 20 outcomes, oldest → newest; running jobs are not outcomes', () => {
    const jobs = Array.from({ length: 25 }, (_, index) => finishedJob(`job-${index}`, index % 5 === 0 ? 'error' : 'completed', (25 - index) * HOUR))
    const strip = health(fleetConnector(), [...jobs, runningJob('run', MINUTE)]).recentOutcomes
    expect(strip).toHaveLength(OUTCOME_STRIP_LENGTH)
    expect(strip[0]).toEqual({ jobId: 'job-5', status: 'error', jobType: 'full', at: NOW - 20 * HOUR, indexedDocuments: 0 })
    expect(strip.at(-1)?.jobId).toBe('job-24')
  })

  it('ignores other connectors’ jobs', () => {
    const other = finishedJob('other', 'error', HOUR, { connector: { id: 'connector-2' } })
    expect(health(fleetConnector(), [...synced, other]).state).toBe('Healthy')
  })
})

describe('the overview order', () => {
  it('worst first, then by name (case-insensitive), then by id', () => {
    const connectors = [
      fleetConnector({ id: 'c-healthy', name: 'alpha' }),
      fleetConnector({ id: 'c-down', name: 'zulu', last_seen: undefined }),
      fleetConnector({ id: 'c-b', name: 'Bravo' }),
      fleetConnector({ id: 'c-a', name: 'bravo' }),
      fleetConnector({ id: 'c-failing', name: 'yankee' }),
    ]
    const jobs = [
      ...['c-healthy', 'c-down', 'c-b', 'c-a'].map((id) => finishedJob(`${id}-ok`, 'completed', HOUR, { connector: { id } })),
      finishedJob('f', 'error', HOUR, { connector: { id: 'c-failing' } }),
    ]
    const sorted = fleetHealth(connectors, jobs, NOW)
    expect(sorted.map((entry) => entry.connectorId)).toEqual(['c-down', 'c-failing', 'c-healthy', 'c-a', 'c-b'])
    expect(sorted.toReversed().sort(compareHealth)).toEqual(sorted)
  })

  it('a connector without a name goes by its id', () => {
    expect(health(fleetConnector({ id: 'unnamed', name: '' }), []).name).toBe('unnamed')
  })
})

describe('firstLine', () => {
  it('the first non-empty line, trimmed', () => {
    expect(firstLine('\n\n  a  \nb')).toBe('a')
    expect(firstLine('')).toBeUndefined()
    expect(firstLine(null)).toBeUndefined()
  })
})
