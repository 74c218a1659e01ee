// The connector's actions: Sync now and Cancel active syncs, each disabled with its reason beside it
// (read-only mode, the server's configuration not known yet, a connector Elasticsearch cannot sync).
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { clusterQueries } from '../../api/queries.ts'
import type { ConnectorDocument } from '../../../contract/es-connector-types.ts'
import { READ_ONLY_REASON } from '../../lib/job-actions.ts'
import { CancelActive } from './cancel-active.tsx'
import { SyncNow } from './sync-now.tsx'
import { syncBlocker } from './sync-types.ts'

const CHECKING_CONFIG = 'Checking whether this Syncboard may change jobs…'

export function ConnectorActions({ connector }: { connector: ConnectorDocument }) {
  const config = useQuery(clusterQueries.serverConfig())
  const ids = { heading: useId(), all: useId(), sync: useId() }
  // Until the server says whether it is read-only nothing may be sent; if it cannot say, the server
  // still refuses changes itself.
  const allReason = config.isPending ? CHECKING_CONFIG : config.data?.readOnly === true ? `${READ_ONLY_REASON}: it cannot start or cancel syncs.` : undefined
  const syncReason = allReason === undefined ? syncBlocker(connector) : undefined
  return (
    <section className="panel connector-actions" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className="visually-hidden">
        Actions
      </h2>
      <div className="actions-grid">
        <SyncNow connector={connector} disabledReasonId={allReason ? ids.all : syncReason ? ids.sync : undefined} />
        <CancelActive connectorId={connector.id} disabledReasonId={allReason ? ids.all : undefined} />
      </div>
      {allReason ? (
        <p id={ids.all} className="disabled-reason">
          {allReason}
        </p>
      ) : null}
      {syncReason ? (
        <p id={ids.sync} className="disabled-reason">
          Sync now is unavailable. {syncReason}
        </p>
      ) : null}
    </section>
  )
}
