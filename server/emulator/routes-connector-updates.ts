// The connector update endpoints, `PUT /_connector/{connector_id}/_x`: each reads its body with
// Elasticsearch's parser (refusing unknown fields and wrong types before anything else), then the
// store runs the request's validation, the lookup and the write. All answer `{"result": "updated"}`
// or `{"result": "noop"}` with 200.

import {
  parseConnectorApiKeyId,
  parseConnectorConfiguration,
  parseConnectorError,
  parseConnectorFeatures,
  parseConnectorFiltering,
  parseConnectorIndexName,
  parseConnectorLastSync,
  parseConnectorName,
  parseConnectorNative,
  parseConnectorPipeline,
  parseConnectorScheduling,
  parseConnectorServiceType,
  parseConnectorStatus,
  parseFilteringValidation,
} from './request-bodies-connectors.ts'
import type { RestRequest } from './rest-request.ts'
import type { Route } from './rest-route.ts'
import type { EmulatorStore, UpdateResult } from './store.ts'

const CONNECTOR = '/_connector/{connector_id}'

/** A body endpoint: parse (400s) in `prepare`, act on the store afterwards. */
function update<T>(suffix: string, parse: (text: string) => T, act: (store: EmulatorStore, id: string, body: T) => UpdateResult): Route {
  return {
    method: 'PUT',
    path: `${CONNECTOR}/${suffix}`,
    prepare: (request, store) => {
      const id = connectorId(request)
      const body = parse(request.requiredContent())
      return () => ({ status: 200, body: { result: act(store, id, body) } })
    },
  }
}

/** An endpoint without a body (a body is refused by the generic check). */
function bodyless(suffix: string, act: (store: EmulatorStore, id: string) => UpdateResult): Route {
  return {
    method: 'PUT',
    path: `${CONNECTOR}/${suffix}`,
    prepare: (request, store) => {
      const id = connectorId(request)
      return () => ({ status: 200, body: { result: act(store, id) } })
    },
  }
}

function connectorId(request: RestRequest): string {
  return request.param('connector_id') ?? ''
}

export const connectorUpdateRoutes: Route[] = [
  bodyless('_check_in', (store, id) => store.checkInConnector(id)),
  update('_error', parseConnectorError, (store, id, body) => store.updateConnectorError(id, body.error)),
  update('_last_sync', parseConnectorLastSync, (store, id, body) => store.updateLastSync(id, body)),
  update('_name', parseConnectorName, (store, id, body) => store.updateConnectorName(id, body)),
  update('_pipeline', parseConnectorPipeline, (store, id, body) => store.updateConnectorPipeline(id, body.pipeline)),
  update('_scheduling', parseConnectorScheduling, (store, id, body) => store.updateConnectorScheduling(id, body.scheduling)),
  update('_filtering', parseConnectorFiltering, (store, id, body) => store.updateConnectorFiltering(id, body)),
  update('_filtering/_validation', parseFilteringValidation, (store, id, body) => store.updateConnectorFilteringValidation(id, body.validation)),
  bodyless('_filtering/_activate', (store, id) => store.activateConnectorFiltering(id)),
  update('_status', parseConnectorStatus, (store, id, body) => store.updateConnectorStatus(id, body.status)),
  update('_configuration', parseConnectorConfiguration, (store, id, body) => store.updateConnectorConfiguration(id, body)),
  update('_index_name', parseConnectorIndexName, (store, id, body) => store.updateConnectorIndexName(id, body.index_name)),
  update('_service_type', parseConnectorServiceType, (store, id, body) => store.updateConnectorServiceType(id, body.service_type)),
  update('_native', parseConnectorNative, (store, id, body) => store.updateConnectorNative(id, body.is_native)),
  update('_api_key_id', parseConnectorApiKeyId, (store, id, body) => store.updateConnectorApiKeyId(id, body)),
  update('_features', parseConnectorFeatures, (store, id, body) => store.updateConnectorFeatures(id, body.features)),
]
