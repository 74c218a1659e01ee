// The overview's words and colour classes for health states and insight kinds, in one place.
import type { HealthState } from '../../lib/connector-health.ts'
import type { InsightKind } from '../../lib/connector-insights.ts'
import { HEALTH_SLUGS } from '../../lib/overview-filters.ts'

/** The class carrying a state's colour: `health-failing`, … (the words always say the state too). */
export const healthClass = (state: HealthState) => `health-${HEALTH_SLUGS[state].replace('_', '-')}`

export const INSIGHT_LABELS: Record<InsightKind, string> = {
  'cursor-stall': 'Cursor not moving',
  'mass-deletion': 'Mass deletion',
  'config-blame': 'Failing since a change',
  overrun: 'Will overrun its schedule',
}

/** ISO text of an epoch-ms time, as the time label takes it. */
export const isoOf = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString())
