// Which per-connector reads the overview's rows call for (row-insight-reads.ts wantedReads), at the
// boundaries of the cost rule: only connectors on screen, the cursor read from the rule's number of
// completed incremental syncs in the strip, a snapshot read per failing family sized past its streak,
// and keys that change only when what they reflect does.
import { describe, expect, it } from 'vitest'
import { SNAPSHOT_READ_MARGIN, SNAPSHOT_READ_MAX } from '../../../../src/api/row-insights.ts'
import { CURSOR_STALL_MIN_SYNCS } from '../../../../src/lib/connector-insights.ts'
import type { FailureStreak, StripEntry } from '../../../../src/lib/connector-health.ts'
import type { FleetRow } from '../../../../src/features/connectors-overview/fleet-rows.ts'
import { wantedReads } from '../../../../src/features/connectors-overview/row-insight-reads.ts'

const entry = (jobId: string, jobType: StripEntry['jobType'], status: StripEntry['status']): StripEntry => ({ jobId, jobType, status, at: 0, indexedDocuments: 0 })

function row(id: string, recentOutcomes: StripEntry[], streaks: FleetRow['health']['streaks'] = {}): FleetRow {
  return { connector: { id }, health: { recentOutcomes, streaks }, ownHistory: false } as unknown as FleetRow
}

const streak = (family: FailureStreak['family'], jobIds: string[], countIsLowerBound = false): FailureStreak => ({
  family,
  count: jobIds.length || 1,
  countIsLowerBound,
  since: 0,
  jobIds,
  source: jobIds.length > 0 ? 'jobs' : 'connector document',
})

const incrementals = (count: number, status: StripEntry['status'] = 'completed') => Array.from({ length: count }, (_, index) => entry(`inc-${index}`, 'incremental', status))

const keys = (rows: FleetRow[], ids = rows.map((r) => r.connector.id)) => wantedReads(rows, new Set(ids), CURSOR_STALL_MIN_SYNCS).map((read) => read.options.queryKey.slice(2))

describe('the reads behind the insight flags', () => {
  it(`reads cursors from ${CURSOR_STALL_MIN_SYNCS} completed incremental syncs in the strip, not ${CURSOR_STALL_MIN_SYNCS - 1}, failed ones or full syncs aside`, () => {
    expect(keys([row('a', incrementals(CURSOR_STALL_MIN_SYNCS - 1))])).toEqual([])
    expect(keys([row('a', [...incrementals(CURSOR_STALL_MIN_SYNCS - 1), ...incrementals(5, 'error').map((e, i) => ({ ...e, jobId: `bad-${i}` })), entry('full', 'full', 'completed')])])).toEqual([])
    // Keyed by the newest completed incremental sync: a new one reads again, anything else does not.
    expect(keys([row('a', [...incrementals(CURSOR_STALL_MIN_SYNCS), entry('full', 'full', 'completed')])])).toEqual([['cursor', 'a', `inc-${CURSOR_STALL_MIN_SYNCS - 1}`]])
  })

  it('reads snapshots per failing family, sized past the streak, the most when its length is unknown', () => {
    const failing = row('b', [], { content: streak('content', ['f-1', 'f-2']), access_control: streak('access_control', [], true) })
    expect(keys([failing])).toEqual([
      ['snapshots', 'b', 'content', 'f-2:2', 2 + SNAPSHOT_READ_MARGIN],
      ['snapshots', 'b', 'access_control', 'document:1', SNAPSHOT_READ_MAX],
    ])
    const long = row('c', [], { content: streak('content', Array.from({ length: 60 }, (_, i) => `f-${i}`)) })
    expect(keys([long])[0]!.at(-1)).toBe(SNAPSHOT_READ_MAX)
  })

  it('reads nothing for healthy rows, nor for rows never on screen', () => {
    expect(keys([row('d', [entry('ok', 'full', 'completed')])])).toEqual([])
    const rows = [row('a', incrementals(CURSOR_STALL_MIN_SYNCS)), row('b', [], { content: streak('content', ['f-1']) })]
    expect(keys(rows, [])).toEqual([])
    expect(keys(rows, ['b']).map((key) => key[1])).toEqual(['b'])
  })
})
