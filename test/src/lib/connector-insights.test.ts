// The insight rules at their thresholds: a sync cursor that stopped moving (3 incremental syncs from
// one cursor), a full sync deleting far more of the index than usual (5× the median, 10 %, 100
// documents, 3 syncs of history), failures that began with a snapshot change, and a running full sync
// that will overrun the next schedule tick.
import { describe, expect, it } from 'vitest'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import {
  CURSOR_STALL_MIN_SYNCS,
  MASS_DELETION_MIN_DOCUMENTS,
  OVERRUN_MIN_ELAPSED_MS,
  configBlame,
  connectorInsights,
  cursorStalls,
  deletedShare,
  massDeletions,
  overrunForecasts,
} from '../../../src/lib/connector-insights.ts'
import { HOUR, HOURLY, MINUTE, NOW, filteringRules, finishedJob, fleetConnector, iso, redacted, runningJob } from '../../support/fleet.ts'

/** A completed incremental sync `hoursAgo` that started from `cursor`. */
const incremental = (id: string, hoursAgo: number, cursor: Record<string, unknown> | undefined, indexed = 0): SyncJob =>
  finishedJob(id, 'completed', hoursAgo * HOUR, {
    job_type: 'incremental',
    indexed_document_count: indexed,
    connector: { id: 'connector-1', ...(cursor === undefined ? {} : { sync_cursor: cursor }) },
  })

describe('cursorStalls', () => {
  it(`${CURSOR_STALL_MIN_SYNCS} completed incrementals from the same cursor (key order aside); not ${CURSOR_STALL_MIN_SYNCS - 1}`, () => {
    const jobs = [incremental('i1', 4, { a: 1, b: 2 }), incremental('i2', 3, { b: 2, a: 1 }), incremental('i3', 2, { a: 1, b: 2 })]
    expect(cursorStalls(jobs)).toEqual([
      {
        kind: 'cursor-stall',
        connectorId: 'connector-1',
        jobIds: ['i1', 'i2', 'i3'],
        at: NOW - 2 * HOUR,
        sentence: 'The sync cursor stopped moving: 3 completed incremental syncs in a row started from the same cursor; none indexed anything, so the source may simply be quiet.',
      },
    ])
    expect(cursorStalls(jobs.slice(1))).toEqual([])
  })

  it('a moving cursor resets the run; failed syncs and syncs without a cursor are skipped', () => {
    const jobs = [
      incremental('i1', 6, { a: 1 }),
      incremental('i2', 5, { a: 1 }),
      incremental('moved', 4, { a: 2 }),
      finishedJob('failed', 'error', 3.5 * HOUR, { job_type: 'incremental', connector: { id: 'connector-1', sync_cursor: { a: 2 } } }),
      incremental('row', 3, undefined),
      incremental('i4', 2, { a: 2 }, 700),
      incremental('i5', 1, { a: 2 }, 800),
    ]
    const [stall] = cursorStalls(jobs)
    expect(stall?.jobIds).toEqual(['moved', 'i4', 'i5'])
    expect(stall?.sentence).toMatch(/they indexed 1,500 documents between them, so each may be reading the same changes again/)
  })

  it('per connector', () => {
    const other = (id: string, hoursAgo: number) => ({ ...incremental(id, hoursAgo, { a: 1 }), connector: { id: 'connector-2', sync_cursor: { a: 1 } } })
    expect(cursorStalls([incremental('i1', 3, { a: 1 }), other('o1', 2), incremental('i2', 1, { a: 1 }), other('o2', 1)])).toEqual([])
  })
})

/** A completed full sync `hoursAgo` that deleted `deleted` documents and left `total`. */
const full = (id: string, hoursAgo: number, deleted: number, total: number, extra: Partial<SyncJob> = {}): SyncJob =>
  finishedJob(id, 'completed', hoursAgo * HOUR, { deleted_document_count: deleted, total_document_count: total, ...extra })

describe('massDeletions', () => {
  const usual = [full('f1', 40, 20, 980), full('f2', 30, 10, 990), full('f3', 20, 30, 970)]

  it('deleted share: of the documents before the sync; a sync that emptied the index is 100 %', () => {
    expect(deletedShare({ deleted_document_count: 20, total_document_count: 980 })).toBe(0.02)
    expect(deletedShare({ deleted_document_count: 500, total_document_count: 0 })).toBe(1)
    expect(deletedShare({ deleted_document_count: 0, total_document_count: 0 })).toBe(0)
  })

  it('flags a share of exactly 5× the median of the previous full syncs, not just below', () => {
    const [insight] = massDeletions([...usual, full('big', 1, 100, 900)])
    expect(insight).toMatchObject({ kind: 'mass-deletion', connectorId: 'connector-1', jobIds: ['big'], at: NOW - HOUR })
    expect(insight?.sentence).toBe(
      'A full sync deleted 100 documents, 10 % of the index, where its previous 3 full syncs deleted 2 % (median): check the source’s permissions and the sync rules.',
    )
    expect(massDeletions([...usual, full('big', 1, 99, 901)])).toEqual([])
  })

  it('needs 3 previous full syncs, 100 deleted documents and a 10 % share', () => {
    expect(massDeletions([...usual.slice(1), full('big', 1, 900, 100)])).toEqual([])
    expect(massDeletions([full('f1', 3, 0, 50), full('f2', 2, 0, 50), full('f3', 1.5, 0, 50), full('small', 1, MASS_DELETION_MIN_DOCUMENTS - 1, 1)])).toEqual([])
    const quiet = [full('f1', 3, 0, 5000), full('f2', 2, 0, 5000), full('f3', 1.5, 0, 5000)]
    expect(massDeletions([...quiet, full('some', 1, 499, 4501)])).toEqual([])
    expect(massDeletions([...quiet, full('tenth', 1, 500, 4500)]).map((insight) => insight.jobIds)).toEqual([['tenth']])
  })

  it('ignores incremental and unfinished syncs', () => {
    expect(massDeletions([...usual, full('inc', 1, 900, 100, { job_type: 'incremental' }), full('bad', 0.5, 900, 100, { status: 'error' })])).toEqual([])
  })
})

/** A job read with its full snapshot: the default sync rules unless `rules` are given. */
const withSnapshot = (job: SyncJob, filtering = filteringRules(), password = 'aaaa'): SyncJob => ({
  ...job,
  connector: { ...job.connector, filtering, configuration: { password: { label: 'Password', sensitive: true, value: redacted(password) } } },
})
const narrower = filteringRules(['exclude', 'path', 'starts_with', '/'])

describe('configBlame', () => {
  it('failures that began with the first sync after the sync rules changed', () => {
    const jobs = [
      withSnapshot(finishedJob('ok', 'completed', 5 * HOUR)),
      withSnapshot(finishedJob('bad-1', 'error', 3 * HOUR), narrower),
      withSnapshot(finishedJob('bad-2', 'error', HOUR), narrower),
    ]
    const [insight] = configBlame(jobs)
    expect(insight).toMatchObject({ kind: 'config-blame', jobIds: ['bad-1', 'bad-2'], at: NOW - 3 * HOUR })
    expect(insight?.sentence).toBe(
      `Failing since the sync rules changed on ${iso(NOW - 3 * HOUR - 11 * MINUTE).replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}: the 2 syncs since it all failed (Sync rule added: exclude path starts_with "/").`,
    )
  })

  it('dates the change by the first job that carried it, and names a hidden value only as changed', () => {
    const jobs = [
      withSnapshot(finishedJob('ok', 'completed', 5 * HOUR)),
      withSnapshot(finishedJob('stopped', 'canceled', 4 * HOUR), undefined, 'bbbb'),
      withSnapshot(finishedJob('bad', 'error', 3 * HOUR), undefined, 'bbbb'),
    ]
    const [insight] = configBlame(jobs)
    expect(insight?.sentence).toMatch(/^Failing since the configuration changed on 2026-06-01 07:49:00 UTC: the first sync after it failed \(Password changed \(hidden value\)\)\.$/)
    expect(insight?.sentence).not.toMatch(/bbbb/)
  })

  it('nothing when the snapshots are equal, unknown (list rows) or there was no success before', () => {
    expect(configBlame([withSnapshot(finishedJob('ok', 'completed', 5 * HOUR)), withSnapshot(finishedJob('bad', 'error', HOUR))])).toEqual([])
    expect(configBlame([finishedJob('ok', 'completed', 5 * HOUR), withSnapshot(finishedJob('bad', 'error', HOUR), narrower)])).toEqual([])
    expect(configBlame([withSnapshot(finishedJob('bad-1', 'error', 5 * HOUR)), withSnapshot(finishedJob('bad-2', 'error', HOUR), narrower)])).toEqual([])
  })

  it('nothing once the connector succeeds again', () => {
    const jobs = [withSnapshot(finishedJob('ok', 'completed', 5 * HOUR)), withSnapshot(finishedJob('bad', 'error', 3 * HOUR), narrower), withSnapshot(finishedJob('fixed', 'completed', HOUR), narrower)]
    expect(configBlame(jobs)).toEqual([])
  })
})

/** The previous full sync, 5 hours ago, that left `total` documents. */
const previous = (total: number) => full('prev', 5, 0, total)

describe('overrunForecasts', () => {
  // At 1 document per 1,024 ms, a sync measured at `now` = NOW + 640 ms with 3,515 documents to go ends
  // 3,599,360 ms later: exactly at the 13:00 tick.
  const now = NOW + 640
  const RATE_MS_PER_DOC = 1024
  const connectors = [fleetConnector({}, { full: HOURLY })]
  const running = (indexed = 1024, elapsed = indexed * RATE_MS_PER_DOC) =>
    runningJob('run', 0, { started_at: iso(now - elapsed), last_seen: iso(now), indexed_document_count: indexed })

  it('flags a sync that will end after the next tick; not one that ends exactly at it', () => {
    expect(overrunForecasts([previous(1024 + 3515), running()], connectors, now)).toEqual([])
    const [insight] = overrunForecasts([previous(1024 + 3516), running()], connectors, now)
    expect(insight).toMatchObject({ kind: 'overrun', connectorId: 'connector-1', jobIds: ['run'], at: NOW + HOUR + 1024 })
    expect(insight?.sentence).toBe(
      'This full sync will still be running when the full schedule comes due at 2026-06-01 13:00:00 UTC: at 1 documents/s it needs about 1h 00m more to reach the previous full sync’s 4,540 documents. The service will create the scheduled sync anyway, and it will wait behind this one.',
    )
  })

  it('waits for a minute of running and a rate above zero', () => {
    expect(overrunForecasts([previous(1_000_000), running(58, OVERRUN_MIN_ELAPSED_MS - 1)], connectors, now)).toEqual([])
    expect(overrunForecasts([previous(1_000_000), running(59, OVERRUN_MIN_ELAPSED_MS)], connectors, now)).toHaveLength(1)
    expect(overrunForecasts([previous(1_000_000), running(0, HOUR)], connectors, now)).toEqual([])
  })

  it('needs a previous full sync with more documents than indexed so far, and an enabled content schedule', () => {
    expect(overrunForecasts([running()], connectors, now)).toEqual([])
    expect(overrunForecasts([previous(1024), running()], connectors, now)).toEqual([])
    expect(overrunForecasts([previous(1_000_000), running()], [fleetConnector()], now)).toEqual([])
    expect(overrunForecasts([previous(1_000_000), running()], [fleetConnector({}, { full: 'not a cron' })], now)).toEqual([])
  })

  it('the incremental schedule counts too; incremental syncs are not forecast', () => {
    const incrementalOnly = [fleetConnector({}, { incremental: '0 30 * * * ?' })]
    expect(overrunForecasts([previous(1_000_000), running()], incrementalOnly, now)[0]?.sentence).toMatch(/when the incremental schedule comes due at 2026-06-01 12:30:00 UTC/)
    expect(overrunForecasts([previous(1_000_000), { ...running(), job_type: 'incremental' }], connectors, now)).toEqual([])
  })
})

describe('connectorInsights', () => {
  it('every rule over one window, newest first', () => {
    const jobs = [
      incremental('i1', 30, { a: 1 }),
      incremental('i2', 29, { a: 1 }),
      incremental('i3', 28, { a: 1 }),
      full('f1', 27, 0, 1000),
      full('f2', 26, 0, 1000),
      full('f3', 25, 0, 1000),
      full('big', 24, 900, 100),
      runningJob('run', 2 * MINUTE, { indexed_document_count: 1 }),
    ]
    expect(connectorInsights(jobs, [fleetConnector({}, { full: HOURLY })], NOW).map((insight) => insight.kind)).toEqual(['overrun', 'mass-deletion', 'cursor-stall'])
  })
})
