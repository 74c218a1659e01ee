// Which cluster the dashboard is connected to — "embedded demo cluster", or the cluster's name and
// version from `GET /` — and whether it answers right now: when the app's latest requests failed with
// no answer since (useClusterHealth), the header says so until a request is answered again. Read-only
// mode is shown next to it.
import { useQuery } from '@tanstack/react-query'
import { clusterQueries } from '../api/queries.ts'
import { useClusterHealth } from '../hooks/use-cluster-health.ts'
import { describeError } from '../lib/describe-error.ts'

export function ClusterBadge() {
  const config = useQuery(clusterQueries.serverConfig())
  const info = useQuery({ ...clusterQueries.info(), enabled: config.data?.mode === 'remote' })
  const health = useClusterHealth()
  let text = 'Connecting…'
  let state = 'pending'
  let detail: string | undefined
  if (config.isError) {
    text = 'Syncboard server unreachable'
    state = 'error'
  } else if (health.failing) {
    // "Cluster unreachable", "The cluster is busy", "The cluster failed to answer".
    text = describeError(health.failing).title
    state = 'error'
    detail = `${health.failing.type}: ${health.failing.reason}`
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
    text = describeError(info.error).title
    state = 'error'
  }
  return (
    // A status (<output>): a screen reader hears the cluster go down and come back.
    <output className="cluster-badge" data-state={state} title={detail}>
      <span className="dot" aria-hidden="true" />
      <span>{text}</span>
      {config.data?.readOnly ? <span className="read-only-tag">Read-only</span> : null}
    </output>
  )
}
