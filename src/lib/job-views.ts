// The jobs list's views: named sets of filters, each just a URL (issue 12). "Needs attention" is
// every active job with an attention flag (lib/stuck.ts: no heartbeat, canceling too long, waiting
// for a worker, suspended) — only active jobs can carry one, so the view reads only those streams.
import type { SyncStatus } from '../../contract/es-connector-types.ts'
import { DEFAULT_FILTERS, sameFilters, type ViewFilters } from './job-filters.ts'

export interface JobView {
  name: string
  /** What it shows, in words (the link's description). */
  description: string
  filters: ViewFilters
}

const ACTIVE: SyncStatus[] = ['pending', 'in_progress', 'canceling', 'suspended']
const { page: _page, size: _size, ...NONE } = DEFAULT_FILTERS

export const JOB_VIEWS: readonly JobView[] = [
  { name: 'Active', description: 'Pending, in progress, canceling or suspended', filters: { ...NONE, statuses: ACTIVE } },
  { name: 'Needs attention', description: 'Active jobs with a stuck flag', filters: { ...NONE, statuses: ACTIVE, stuck: true } },
  { name: 'Failed in the last 24 h', description: 'Failed jobs created in the last 24 hours', filters: { ...NONE, statuses: ['error'], created: { kind: 'last', span: '24h' } } },
  { name: 'Queued', description: 'Pending jobs waiting for a worker', filters: { ...NONE, statuses: ['pending'] } },
]

/** The view these filters are exactly, if any. */
export function currentView(filters: ViewFilters): JobView | undefined {
  return JOB_VIEWS.find((view) => sameFilters(view.filters, filters))
}
