// Request functions for the connector API: the dashboard only reads connectors.
import { esRequest, seg } from './client.ts'
import type { Connector, ListConnectorsParams, ListResponse } from './types.ts'

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
    },
    signal,
  })
}

export function getConnector(id: string, signal?: AbortSignal): Promise<Connector> {
  return esRequest({ method: 'GET', path: `/_connector/${seg(id)}`, signal })
}

const PAGE = 1000
/** Elasticsearch's default result window: `from + size` may not pass it. */
const RESULT_WINDOW = 10_000

/** Every connector, all pages (Kibana's 10-connector default is a known source of bugs). */
export async function listAllConnectors(signal?: AbortSignal): Promise<Connector[]> {
  const first = await listConnectors({ from: 0, size: PAGE }, signal)
  const all = [...first.results]
  const total = Math.min(first.count, RESULT_WINDOW)
  const pages: Promise<ListResponse<Connector>>[] = []
  for (let from = PAGE; from < total; from += PAGE) {
    pages.push(listConnectors({ from, size: Math.min(PAGE, RESULT_WINDOW - from) }, signal))
  }
  for (const page of await Promise.all(pages)) all.push(...page.results)
  return all
}
