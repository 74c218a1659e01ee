// What the dashboard knows about where it is connected: the cluster's `GET /` and the dashboard
// server's own configuration (read-only mode, embedded or remote).
import { esRequest, requestJson } from './client.ts'
import type { ClusterInfo } from '../../contract/es-connector-types.ts'
import { SERVER_CONFIG_URL, type ServerConfig } from '../../contract/syncboard-protocol.ts'

export function getClusterInfo(signal?: AbortSignal): Promise<ClusterInfo> {
  return esRequest({ method: 'GET', path: '/', signal })
}

export function getServerConfig(signal?: AbortSignal): Promise<ServerConfig> {
  return requestJson(SERVER_CONFIG_URL, { signal })
}
