// The connector endpoints that create, read and delete connectors (`/_connector`, `/_connector/{id}`):
// list, get, create or replace (`PUT` with or without an id, `POST`), soft and hard delete. The
// `_connector/{id}/_x` updates are in routes-connector-updates.ts.

import { parsePutConnector } from './request-bodies-connectors.ts'
import type { RestRequest } from './rest-request.ts'
import { ACKNOWLEDGED, type Route } from './rest-route.ts'
import { type EmulatorStore, checkPageParams } from './store.ts'

const CONNECTORS = '/_connector'
const CONNECTOR = `${CONNECTORS}/{connector_id}`

export const connectorRoutes: Route[] = [
  {
    method: 'GET',
    path: CONNECTORS,
    prepare: (request, store) => {
      const from = request.paramAsInt('from', 0)
      const size = request.paramAsInt('size', 100)
      checkPageParams(from, size)
      const query = {
        from,
        size,
        index_name: request.paramAsStringArray('index_name'),
        connector_name: request.paramAsStringArray('connector_name'),
        service_type: request.paramAsStringArray('service_type'),
        query: request.param('query'),
        include_deleted: request.paramAsBoolean('include_deleted', false),
      }
      return () => ({ status: 200, body: store.listConnectors(query) })
    },
  },
  {
    method: 'GET',
    path: CONNECTOR,
    prepare: (request, store) => {
      const id = request.param('connector_id') ?? ''
      const includeDeleted = request.paramAsBoolean('include_deleted', false)
      return () => ({ status: 200, body: store.getConnector(id, includeDeleted) })
    },
  },
  { method: 'PUT', path: CONNECTOR, prepare: (request, store) => prepareCreate(request, store, request.param('connector_id') ?? '') },
  { method: 'PUT', path: CONNECTORS, prepare: (request, store) => prepareCreate(request, store, undefined) },
  // RestPostConnectorAction: the same body parser (`connector_put_request`), always a generated id.
  { method: 'POST', path: CONNECTORS, prepare: (request, store) => prepareCreate(request, store, undefined) },
  {
    method: 'DELETE',
    path: CONNECTOR,
    prepare: (request, store) => {
      const id = request.param('connector_id') ?? ''
      const hard = request.paramAsBoolean('hard', false)
      const deleteSyncJobs = request.paramAsBoolean('delete_sync_jobs', false)
      return () => {
        store.deleteConnector(id, { hard, deleteSyncJobs })
        return ACKNOWLEDGED
      }
    },
  },
]

/** The body is optional: without one, an empty connector is created. 201 when created, 200 when a PUT
 *  replaced an existing document (`ConnectorCreateActionResponse.status`). */
function prepareCreate(request: RestRequest, store: EmulatorStore, id: string | undefined) {
  const content = request.optionalContent()
  const body = content === undefined ? {} : parsePutConnector(content)
  return () => {
    const { id: connectorId, result } = store.putConnector(id, body)
    return { status: result === 'created' ? 201 : 200, body: { id: connectorId, result } }
  }
}
