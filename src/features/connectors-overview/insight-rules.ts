// What the overview loads after its first paint to work out the rows' insight flags: the rules
// (lib/connector-insights.ts) and the choice of per-connector reads two of them need
// (row-insight-reads.ts), in one chunk that the page's own code does not carry.
import { CURSOR_STALL_MIN_SYNCS } from '../../lib/connector-insights.ts'
import type { FleetRow } from './fleet-rows.ts'
import { wantedReads, type Wanted } from './row-insight-reads.ts'

export { configBlame, connectorInsights, cursorStalls } from '../../lib/connector-insights.ts'

/** The reads the rows call for, with the cursor rule's threshold. */
export const planReads = (rows: readonly FleetRow[], ids: ReadonlySet<string>): Wanted[] => wantedReads(rows, ids, CURSOR_STALL_MIN_SYNCS)
