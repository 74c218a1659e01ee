// Failures grouped by message: one group per message across connectors, whitespace does not split a
// group, first and last seen, largest first; the known messages explained (idle cleanup, orphaned,
// expired credentials) and unknown ones left alone.
import { describe, expect, it } from 'vitest'
import { failureKey, groupFailures } from '../../../src/lib/failure-groups.ts'
import { explainFailure, IDLE_JOB_ERROR } from '../../../src/lib/known-failures.ts'
import { IDLE_JOB_ERROR as EMULATOR_IDLE_JOB_ERROR } from '../../../server/emulator/seed-vocabulary.ts'
import type { SyncJobRow } from '../../../contract/es-connector-types.ts'

function job(id: string, connector: string, error: string | undefined, completedMinute: number): SyncJobRow {
  const time = new Date(Date.UTC(2026, 0, 1, 0, completedMinute)).toISOString()
  return { id, connector: { id: connector }, error, status: error ? 'error' : 'completed', created_at: time, completed_at: time } as SyncJobRow
}

describe('groupFailures', () => {
  it('counts the same message once across connectors and jobs', () => {
    const groups = groupFailures([
      job('1', 'a', IDLE_JOB_ERROR, 10),
      job('2', 'b', `  ${IDLE_JOB_ERROR}  `, 30),
      job('3', 'a', 'Boom', 20),
      job('4', 'a', IDLE_JOB_ERROR, 5),
      job('5', 'c', undefined, 40),
    ])
    expect(groups.map((group) => [group.message, group.jobIds.length, group.connectorIds])).toEqual([
      [IDLE_JOB_ERROR, 3, ['a', 'b']],
      ['Boom', 1, ['a']],
    ])
    expect(groups[0]?.firstSeen).toBe(Date.UTC(2026, 0, 1, 0, 5))
    expect(groups[0]?.lastSeen).toBe(Date.UTC(2026, 0, 1, 0, 30))
    expect(groups[0]?.jobIds).toEqual(['2', '1', '4'])
    expect(groups[0]?.key).toBe(failureKey(IDLE_JOB_ERROR))
  })

  it('keys a message by a short stable hash, none for no message', () => {
    expect(failureKey('a  b')).toBe(failureKey(' a b '))
    expect(failureKey('a b')).toMatch(/^[0-9a-f]{8}$/)
    expect(failureKey('a b')).not.toBe(failureKey('a c'))
    expect(failureKey('')).toBeUndefined()
    expect(failureKey(undefined)).toBeUndefined()
  })
})

describe('explainFailure', () => {
  it('knows the connector service’s idle cleanup, with the text the emulator writes', () => {
    expect(IDLE_JOB_ERROR).toBe(EMULATOR_IDLE_JOB_ERROR)
    expect(explainFailure(IDLE_JOB_ERROR, false)?.kind).toBe('idle-cleanup')
    expect(explainFailure(IDLE_JOB_ERROR, true)?.kind).toBe('orphaned')
  })

  it.each([
    'ApiError: 401 Unauthorized – the access token expired',
    'UnauthorizedException: Your Github token is either expired or revoked. Please check again.',
    'InvalidClientError: Jira Cloud rejected the API token (401 Unauthorized)',
  ])('knows expired credentials: %s', (message) => {
    expect(explainFailure(message, false)?.kind).toBe('expired-credentials')
  })

  it('leaves other messages unexplained', () => {
    expect(explainFailure('ClientError: Access Denied', false)).toBeUndefined()
    expect(explainFailure('ElasticsearchOverflowError: overloaded', false)).toBeUndefined()
  })
})
