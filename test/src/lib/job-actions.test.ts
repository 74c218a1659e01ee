import { describe, expect, it } from 'vitest'
import { SYNC_STATUSES, type SyncStatus } from '../../../contract/es-connector-types.ts'
import { actionRules, JOB_ACTIONS, type JobAction } from '../../../src/lib/job-actions.ts'

const ENABLED: Record<Exclude<JobAction, 'delete' | 'runAgain'>, SyncStatus[]> = {
  claim: ['pending', 'suspended'],
  checkIn: ['in_progress', 'canceling'],
  cancel: ['pending', 'suspended', 'in_progress'],
  markFailed: ['in_progress', 'canceling'],
}

describe('actionRules', () => {
  for (const [action, statuses] of Object.entries(ENABLED) as [keyof typeof ENABLED, SyncStatus[]][]) {
    for (const status of SYNC_STATUSES) {
      const expected = statuses.includes(status)
      it(`${action} is ${expected ? 'enabled' : 'disabled, with a reason,'} for ${status}`, () => {
        const rule = actionRules(status)[action]
        expect(rule.enabled).toBe(expected)
        const reasonPattern = expected ? /^$/ : /^Cannot .+: .+\.$/
        expect(rule.reason ?? '').toMatch(reasonPattern)
      })
    }
  }

  it('says why a finished job cannot be canceled, in the operator words', () => {
    expect(actionRules('completed').cancel.reason).toBe('Cannot cancel a completed job: it has already finished.')
    expect(actionRules('error').markFailed.reason).toBe('Cannot mark a failed job as failed: it has already failed.')
  })

  it('allows deleting any job, warning only when it is still active', () => {
    for (const status of SYNC_STATUSES) {
      const rule = actionRules(status).delete
      expect(rule.enabled).toBe(true)
      const active = !['completed', 'canceled', 'error'].includes(status)
      expect(rule.warning !== undefined).toBe(active)
    }
  })

  it('allows running any job again', () => {
    for (const status of SYNC_STATUSES) expect(actionRules(status).runAgain.enabled).toBe(true)
  })

  it('disables everything in read-only mode, saying so', () => {
    for (const status of SYNC_STATUSES) {
      const rules = actionRules(status, { readOnly: true })
      for (const action of JOB_ACTIONS) {
        expect(rules[action].enabled).toBe(false)
        expect(rules[action].reason).toBe('Syncboard is in read-only mode.')
      }
    }
  })
})
