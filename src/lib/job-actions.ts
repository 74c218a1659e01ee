// The UI's state rules for acting on a sync job: which actions make sense for a status under the
// Connector Protocol's state machine (Elasticsearch's ConnectorSyncJobStateMachine.java: pending →
// in_progress | canceled; in_progress → canceling | completed | suspended | error; suspended →
// in_progress | canceled; canceling → canceled | error), and why not when they don't. Pure, so
// that the rules are tested once and every button follows them.
import type { SyncStatus } from '../../contract/es-connector-types.ts'
import { isTerminalStatus } from './job-status.ts'

export const JOB_ACTIONS = ['claim', 'checkIn', 'cancel', 'markFailed', 'delete', 'runAgain'] as const
export type JobAction = (typeof JOB_ACTIONS)[number]

export interface ActionRule {
  enabled: boolean
  /** Why the action is disabled, as a sentence an operator can act on. */
  reason?: string
  /** A caution shown with an enabled action (e.g. deleting a job a worker still runs). */
  warning?: string
}

export type ActionRules = Record<JobAction, ActionRule>

export const READ_ONLY_REASON = 'Syncboard is in read-only mode'

/** How a status reads inside "cannot … a <status> job". */
const STATUS_ADJECTIVE: Record<SyncStatus, string> = {
  pending: 'pending',
  in_progress: 'running',
  canceling: 'canceling',
  canceled: 'canceled',
  completed: 'completed',
  error: 'failed',
  suspended: 'suspended',
}

/** Why nothing can be done to a finished job any more. */
const TERMINAL_WHY: Partial<Record<SyncStatus, string>> = {
  completed: 'it has already finished',
  canceled: 'it has already been canceled',
  error: 'it has already failed',
}

const VERB: Record<JobAction, string> = {
  claim: 'claim',
  checkIn: 'check in',
  cancel: 'cancel',
  markFailed: 'mark as failed',
  delete: 'delete',
  runAgain: 'run again',
}

const cannot = (action: JobAction, status: SyncStatus, why: string): ActionRule => ({
  enabled: false,
  reason:
    action === 'markFailed'
      ? `Cannot mark a ${STATUS_ADJECTIVE[status]} job as failed: ${why}.`
      : `Cannot ${VERB[action]} a ${STATUS_ADJECTIVE[status]} job: ${why}.`,
})

/** Claim: Elasticsearch forces any job to in_progress, so the UI allows it only where a worker would. */
function claimRule(status: SyncStatus): ActionRule {
  if (status === 'pending' || status === 'suspended') return { enabled: true }
  const terminal = TERMINAL_WHY[status]
  if (terminal) return cannot('claim', status, `${terminal}, and claiming would restart it`)
  if (status === 'in_progress') return cannot('claim', status, 'a worker has already claimed it')
  return cannot('claim', status, 'a cancel was requested; claiming it would undo that')
}

/** Check in has no state check in Elasticsearch; it is a running worker's heartbeat. */
function checkInRule(status: SyncStatus): ActionRule {
  if (status === 'in_progress' || status === 'canceling') return { enabled: true }
  const terminal = TERMINAL_WHY[status]
  if (terminal) return cannot('checkIn', status, terminal)
  if (status === 'pending') return cannot('checkIn', status, 'no worker has claimed it yet — claim it first')
  return cannot('checkIn', status, 'no worker runs it until the connector service restarts')
}

/** Cancel: pending/suspended → canceled at once; in_progress → canceling (the worker stops it). */
function cancelRule(status: SyncStatus): ActionRule {
  if (status === 'pending' || status === 'suspended' || status === 'in_progress') return { enabled: true }
  const terminal = TERMINAL_WHY[status]
  if (terminal) return cannot('cancel', status, terminal)
  return cannot('cancel', status, 'a cancel was already requested and the worker has yet to stop it')
}

/** Set error: Elasticsearch accepts only in_progress → error and canceling → error. */
function markFailedRule(status: SyncStatus): ActionRule {
  if (status === 'in_progress' || status === 'canceling') return { enabled: true }
  const terminal = TERMINAL_WHY[status]
  if (terminal) return cannot('markFailed', status, terminal)
  if (status === 'pending') return cannot('markFailed', status, 'it has not started — cancel it instead')
  return cannot('markFailed', status, 'Elasticsearch only fails running or canceling jobs — cancel it instead')
}

function deleteRule(status: SyncStatus): ActionRule {
  if (isTerminalStatus(status)) return { enabled: true }
  return {
    enabled: true,
    warning:
      status === 'pending'
        ? 'It is waiting for a worker; deleting it takes it out of the queue.'
        : 'A worker may still be running it, and fails when the job disappears.',
  }
}

export function actionRules(status: SyncStatus, { readOnly = false }: { readOnly?: boolean } = {}): ActionRules {
  const rules: ActionRules = {
    claim: claimRule(status),
    checkIn: checkInRule(status),
    cancel: cancelRule(status),
    markFailed: markFailedRule(status),
    delete: deleteRule(status),
    runAgain: { enabled: true },
  }
  if (readOnly) {
    for (const action of JOB_ACTIONS) rules[action] = { enabled: false, reason: `${READ_ONLY_REASON}.` }
  }
  return rules
}
