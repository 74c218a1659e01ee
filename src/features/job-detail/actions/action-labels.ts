// The action buttons' names (DESIGN.md: tests and people find them by these exact names).
import type { JobAction } from '../../../lib/job-actions.ts'

export const ACTION_LABELS: Record<JobAction, string> = {
  claim: 'Claim',
  checkIn: 'Check in',
  cancel: 'Cancel',
  markFailed: 'Mark as failed',
  delete: 'Delete',
  runAgain: 'Run again',
}
