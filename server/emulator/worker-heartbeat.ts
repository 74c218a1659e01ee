// The connector heartbeat of the simulated connector service: elastic/connectors
// `connectors/protocol/connectors.py` `Connector.heartbeat(interval, force)`, called by the scheduling
// service (`connectors/services/job_scheduling.py` `_schedule`) on every poll for every connector it
// serves. It checks in only when `last_seen` is missing or older than `service.heartbeat` (300 s), so a
// served connector's `last_seen` moves in steps of 300 to 330 s; `force` is the service's first poll.

import type { ConnectorDocument } from '../../contract/es-connector-types.ts'
import { timestampKey } from './es-time.ts'
import type { EmulatorStore } from './store.ts'
import { checkIn } from './worker-connector-writes.ts'

/** Epoch ms of a timestamp in either format Elasticsearch or the service writes (NaN when unreadable). */
export function epochMs(value: string | null | undefined): number {
  return value ? timestampKey(value) / 1000 : Number.NaN
}

/** Checks the connector in when its heartbeat is due; says whether it did. */
export function heartbeat(store: EmulatorStore, connector: ConnectorDocument, at: number, intervalMs: number, force: boolean): boolean {
  const lastSeen = epochMs(connector.last_seen)
  if (!force && !Number.isNaN(lastSeen) && !(at - lastSeen > intervalMs)) return false
  checkIn(store, connector.id)
  return true
}
