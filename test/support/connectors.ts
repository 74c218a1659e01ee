// Picking a connector a test can create sync jobs for. Elasticsearch refuses `POST _connector/_sync_job`
// for a connector without `index_name` or `service_type` (the emulator's `createSyncJob` gives the same
// 400s), and the seeds include such connectors on purpose.
import type { Connector } from '../../contract/es-connector-types.ts'
import type { Emulator } from '../../server/emulator/app.ts'

/** Whether a sync job can be created for this connector: it has an index and a service type. */
export function isSyncable(entry: Pick<Connector, 'index_name' | 'service_type'>): boolean {
  return Boolean(entry.index_name && entry.service_type)
}

/** The syncable connectors an emulator holds, in its listing order. */
export function syncableConnectors(emulator: Emulator): Connector[] {
  return emulator.store.listConnectors({ from: 0, size: 100 }).results.filter(isSyncable)
}

/** The first syncable connector an emulator holds; throws when its seed has none. */
export function syncableConnector(emulator: Emulator): Connector {
  const [first] = syncableConnectors(emulator)
  if (!first) throw new Error('the seed has no syncable connector')
  return first
}
