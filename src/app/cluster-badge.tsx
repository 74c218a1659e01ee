// Which cluster the dashboard is connected to: "embedded demo cluster", or the cluster's name and
// version from `GET /`; read-only mode is shown next to it.
import { useQuery } from '@tanstack/react-query'
import { clusterQueries } from '../api/queries.ts'

export function ClusterBadge() {
  const config = useQuery(clusterQueries.serverConfig())
  const info = useQuery({ ...clusterQueries.info(), enabled: config.data?.mode === 'remote' })
  let text = 'Connecting…'
  let state = 'pending'
  if (config.isError) {
    text = 'Syncboard server unreachable'
    state = 'error'
  } else if (config.data?.mode === 'embedded') {
    text = 'Embedded demo cluster'
    state = 'ok'
  } else if (info.data) {
    text = `${info.data.cluster_name} · Elasticsearch ${info.data.version.number}`
    state = 'ok'
  } else if (info.isError && info.error.status === 403) {
    // GET / needs the `monitor` privilege, which a minimal key may lack; the cluster still answers.
    text = 'Elasticsearch (name hidden: the API key lacks `monitor`)'
    state = 'ok'
  } else if (info.isError) {
    text = 'Cluster unreachable'
    state = 'error'
  }
  return (
    <span className="cluster-badge" data-state={state}>
      <span className="dot" aria-hidden="true" />
      <span>{text}</span>
      {config.data?.readOnly ? <span className="read-only-tag">Read-only</span> : null}
    </span>
  )
}
