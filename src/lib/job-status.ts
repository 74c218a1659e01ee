// Sync job statuses grouped by what can still happen to a job, the one definition every view uses.
// Active: a worker still owns the job or will pick it up (a suspended job resumes when the connector
// service restarts). Moving: active and changing on its own within seconds, so a view showing one
// refreshes fast (a suspended job waits for a restart that may never come). Terminal: nothing
// changes it any more.
import type { SyncStatus } from '../../contract/es-connector-types.ts'

const ACTIVE_STATUSES = ['pending', 'in_progress', 'canceling', 'suspended'] as const satisfies readonly SyncStatus[]
const MOVING_STATUSES = ['pending', 'in_progress', 'canceling'] as const satisfies readonly SyncStatus[]
const TERMINAL_STATUSES = ['canceled', 'completed', 'error'] as const satisfies readonly SyncStatus[]

const ACTIVE: ReadonlySet<SyncStatus> = new Set(ACTIVE_STATUSES)
const MOVING: ReadonlySet<SyncStatus> = new Set(MOVING_STATUSES)
const TERMINAL: ReadonlySet<SyncStatus> = new Set(TERMINAL_STATUSES)

export const isActiveStatus = (status: SyncStatus): boolean => ACTIVE.has(status)
export const isMovingStatus = (status: SyncStatus): boolean => MOVING.has(status)
export const isTerminalStatus = (status: SyncStatus): boolean => TERMINAL.has(status)
