// The status groups: every status falls in exactly one of active and terminal, and moving is active
// minus suspended (a suspended job waits for a restart rather than moving on its own).
import { describe, expect, it } from 'vitest'
import { SYNC_STATUSES } from '../../../contract/es-connector-types.ts'
import { isActiveStatus, isMovingStatus, isTerminalStatus } from '../../../src/lib/job-status.ts'

describe('job status groups', () => {
  it('calls pending, in_progress, canceling and suspended active', () => {
    expect(SYNC_STATUSES.filter(isActiveStatus)).toEqual(['pending', 'in_progress', 'canceling', 'suspended'])
  })

  it('calls the active statuses but suspended moving', () => {
    expect(SYNC_STATUSES.filter(isMovingStatus)).toEqual(['pending', 'in_progress', 'canceling'])
  })

  it('calls canceled, completed and error terminal', () => {
    expect(SYNC_STATUSES.filter(isTerminalStatus)).toEqual(['canceled', 'completed', 'error'])
  })

  it('puts every status in exactly one of active and terminal', () => {
    for (const status of SYNC_STATUSES) expect(isActiveStatus(status)).toBe(!isTerminalStatus(status))
  })
})
