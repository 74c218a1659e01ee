// Turns an EsError into what an operator needs: what happened, in words, and what to do next.
import { SERVER_ERROR_TYPES } from '../../contract/syncboard-protocol.ts'
import { CLIENT_ERROR_TYPES, type EsError } from '../api/es-error.ts'

export type ErrorKind =
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'read-only'
  | 'no-connector-api'
  | 'busy'
  | 'not-found'
  | 'refused'
  | 'server'

export interface ErrorDescription {
  kind: ErrorKind
  title: string
  advice: string
}

export const READ_PRIVILEGES =
  'Reading sync jobs needs the cluster privilege `monitor_connector` (Elasticsearch 8.15 and later; on 8.15–8.19 also `read` on the `.elastic-connectors*` indices, on 8.12–8.14 `manage` instead).'
export const WRITE_PRIVILEGES =
  'Acting on jobs needs `manage_connector` (8.15 and later; on 8.15–8.19 also `write` on `.elastic-connectors*`, on 8.12–8.14 `manage`).'

/** The connector API's read actions: a 403 naming one of them means even reading is not allowed. */
const READ_ACTION = /connector\/(sync_job\/)?(get|list)\b/

function privilegeAdvice(reason: string): string {
  const action = /action \[([^\]]+)\]/.exec(reason)?.[1]
  const needs = action && READ_ACTION.test(action) ? READ_PRIVILEGES : `${READ_PRIVILEGES} ${WRITE_PRIVILEGES}`
  const refused = action ? `Elasticsearch refused the action ${action}. ` : ''
  return `${refused}${needs} See docs/connect-your-cluster.md for an API key with exactly these.`
}

export function describeError(error: EsError): ErrorDescription {
  if (error.isNetworkError || error.status === 502 || error.status === 504) {
    return {
      kind: 'unreachable',
      title: 'Cluster unreachable',
      advice:
        error.status === 504
          ? 'The cluster did not answer in time. It may be overloaded or a network path is down; try again shortly.'
          : 'Syncboard could not reach Elasticsearch. Check that the cluster is up and that ES_URL points at it, then retry.',
    }
  }
  if (error.status === 401) {
    return {
      kind: 'unauthorized',
      title: 'The cluster refused the credentials',
      advice: 'Set ES_API_KEY (or ES_USERNAME and ES_PASSWORD) for the Syncboard server to a valid API key or user, then restart it.',
    }
  }
  if (error.status === 403 && /read-only/i.test(error.reason)) {
    return {
      kind: 'read-only',
      title: 'Syncboard is in read-only mode',
      advice: 'This server was started with READ_ONLY=true, so it refuses every change. Restart it without READ_ONLY to act on jobs.',
    }
  }
  if (error.type === SERVER_ERROR_TYPES.forbiddenHost) {
    return {
      kind: 'refused',
      title: 'The Syncboard server refused this address',
      advice: 'Open Syncboard through a host name it serves, or add this one to ALLOWED_HOSTS on the server.',
    }
  }
  if (error.type === SERVER_ERROR_TYPES.crossSiteRequest) {
    return {
      kind: 'refused',
      title: 'The Syncboard server refused a cross-site request',
      advice: 'Changes are only accepted from Syncboard’s own pages. Reload the page and try again.',
    }
  }
  if (error.status === 403) {
    return {
      kind: 'forbidden',
      title: 'Missing privileges',
      advice: privilegeAdvice(error.reason),
    }
  }
  if (error.type === CLIENT_ERROR_TYPES.noHandler) {
    return {
      kind: 'no-connector-api',
      title: 'This cluster has no connector API',
      advice: 'The sync job API arrived in Elasticsearch 8.12. Upgrade the cluster to 8.12 or later, or point ES_URL at one that is.',
    }
  }
  if (error.status === 429 || error.status === 503) {
    return {
      kind: 'busy',
      title: 'The cluster is busy',
      advice: 'Elasticsearch turned the request away for now. It is retried automatically; try again in a moment.',
    }
  }
  if (error.status === 404) {
    return { kind: 'not-found', title: 'Not found', advice: 'It may have been deleted.' }
  }
  if (error.status >= 400 && error.status < 500) {
    return { kind: 'refused', title: 'Elasticsearch refused the request', advice: 'The reason below comes from Elasticsearch.' }
  }
  return {
    kind: 'server',
    title: 'The cluster failed to answer',
    advice: 'Elasticsearch reported an internal error. Try again; if it persists, check the cluster logs.',
  }
}
