// Request functions for the connector API: the dashboard only reads connectors.
import { esRequest, seg } from './client.ts'
import { RESULT_WINDOW, type Connector, type ConnectorSummary, type ListConnectorsParams, type ListResponse } from '../../contract/es-connector-types.ts'
import { CONNECTOR_SUMMARY_FILTER } from '../../contract/read-filters.ts'

export function listConnectors(params: ListConnectorsParams = {}, signal?: AbortSignal): Promise<ListResponse<Connector>> {
  return esRequest({
    method: 'GET',
    path: '/_connector',
    query: {
      from: params.from,
      size: params.size,
      query: params.query,
      connector_name: params.connector_name,
      index_name: params.index_name,
      service_type: params.service_type,
      include_deleted: params.include_deleted,
      filter_path: params.filter_path,
    },
    signal,
  })
}

export function getConnector(id: string, signal?: AbortSignal): Promise<Connector> {
  return esRequest({ method: 'GET', path: `/_connector/${seg(id)}`, signal })
}

const PAGE = 1000

function listConnectorSummaries(from: number, size: number, signal?: AbortSignal) {
  return listConnectors({ from, size, filter_path: CONNECTOR_SUMMARY_FILTER }, signal) as Promise<ListResponse<ConnectorSummary>>
}

/** Every connector, all pages (Kibana's 10-connector default is a known source of bugs). */
export async function listAllConnectors(signal?: AbortSignal): Promise<ConnectorSummary[]> {
  const first = await listConnectorSummaries(0, PAGE, signal)
  // filter_path drops an emptied `results`, so a cluster without connectors answers `{count: 0}`.
  const all = [...(first.results ?? [])]
  const total = Math.min(first.count, RESULT_WINDOW)
  const pages: Promise<ListResponse<ConnectorSummary>>[] = []
  for (let from = PAGE; from < total; from += PAGE) {
    pages.push(listConnectorSummaries(from, Math.min(PAGE, RESULT_WINDOW - from), signal))
  }
  for (const page of await Promise.all(pages)) all.push(...(page.results ?? []))
  return all
}
