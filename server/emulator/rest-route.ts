// The shape of an emulated REST endpoint: like an Elasticsearch BaseRestHandler, `prepare` reads the
// parameters and body (refusing bad ones) and returns the action, which runs only after the generic
// checks (unrecognized parameters, unexpected body) have passed.

import type { RestRequest } from './rest-request.ts'
import type { EmulatorStore } from './store.ts'

export interface Reply {
  status: number
  /** JSON body; undefined for an empty body (HEAD). */
  body?: unknown
  headers?: Record<string, string>
}

export type Action = () => Reply

export interface Route {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE'
  /** Path with `{param}` segments, e.g. `/_connector/_sync_job/{connector_sync_job_id}/_cancel`. */
  path: string
  prepare: (request: RestRequest, store: EmulatorStore) => Action
}

export const UPDATED: Reply = { status: 200, body: { result: 'updated' } }
export const ACKNOWLEDGED: Reply = { status: 200, body: { acknowledged: true } }
