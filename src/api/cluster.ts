// What the dashboard knows about where it is connected: the cluster's `GET /` and the dashboard
// server's own configuration (read-only mode, embedded or remote).
import { esRequest, requestJson } from './client.ts'
import type { ClusterInfo } from '../../contract/es-connector-types.ts'
import { SERVER_CONFIG_META, SERVER_CONFIG_URL, type ServerConfig } from '../../contract/syncboard-protocol.ts'

export function getClusterInfo(signal?: AbortSignal): Promise<ClusterInfo> {
  return esRequest({ method: 'GET', path: '/', signal })
}

export function getServerConfig(signal?: AbortSignal): Promise<ServerConfig> {
  return requestJson(SERVER_CONFIG_URL, { signal })
}

/**
 * The config the dashboard server wrote into this page (server/config-meta.ts), or undefined when the
 * page carries none (the Vite dev server's) or it is not one: then the app asks `/syncboard/config`.
 */
export function readPageServerConfig(page: Pick<Document, 'querySelector'> = document): ServerConfig | undefined {
  const content = page.querySelector<HTMLMetaElement>(`meta[name="${SERVER_CONFIG_META}"]`)?.content
  if (!content) return undefined
  try {
    const value: unknown = JSON.parse(content)
    if (typeof value !== 'object' || value === null) return undefined
    const { readOnly, mode } = value as Record<string, unknown>
    return typeof readOnly === 'boolean' && (mode === 'embedded' || mode === 'remote') ? { readOnly, mode } : undefined
  } catch {
    return undefined
  }
}
