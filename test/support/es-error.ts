// The body Elasticsearch answers an API error with, for tests that make the cluster (or the dashboard
// server) refuse a request: `{"error":{"root_cause":[{type,reason}],type,reason},"status"}`, the
// envelope of `ElasticsearchException` with one cause.
import type { EsErrorBody } from '../../contract/es-connector-types.ts'

export function esErrorBody(status: number, type: string, reason: string): EsErrorBody & { status: number } {
  return { error: { root_cause: [{ type, reason }], type, reason }, status }
}
