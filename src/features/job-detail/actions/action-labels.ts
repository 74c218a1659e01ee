// The action buttons' names: people and tests find the buttons by these exact names.
import type { JobAction } from '../../../lib/job-actions.ts'

export const ACTION_LABELS: Record<JobAction, string> = {
  claim: 'Claim',
  checkIn: 'Check in',
  cancel: 'Cancel',
  markFailed: 'Mark as failed',
  delete: 'Delete',
  runAgain: 'Run again',
}
