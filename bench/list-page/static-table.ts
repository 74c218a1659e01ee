// The floor: the same 1,000 rows as a plain server-rendered HTML table, served from a local HTTP
// server, with the same columns in words (no script at all).
import { createServer, type Server } from 'node:http'
import type { SyncJob } from '../../contract/es-connector-types.ts'

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function staticTableHtml(jobs: readonly SyncJob[]): string {
  const rows = jobs
    .map(
      (job) =>
        `<tr><td><a href="/jobs/${encodeURIComponent(job.id)}">${escape(job.id)}</a></td><td>${escape(job.status)}</td>` +
        `<td>${escape(job.connector.id)} · ${escape(job.connector.service_type ?? '')}</td><td>${escape(job.job_type)}</td>` +
        `<td>${escape(job.trigger_method)}</td><td>${escape(job.created_at)}</td><td class="num">${job.indexed_document_count}</td>` +
        `<td class="num">${job.deleted_document_count}</td><td class="num">${job.indexed_document_volume}</td>` +
        `<td>${escape(job.worker_hostname ?? '')}</td><td>${escape(job.error ?? '')}</td></tr>`,
    )
    .join('')
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static sync jobs</title>' +
    '<style>body{font:14px system-ui;margin:16px}table{border-collapse:collapse;font-size:13px}td,th{padding:6px 10px;border-bottom:1px solid #ddd;text-align:left}.num{text-align:right}</style>' +
    '</head><body><h1>Sync jobs</h1><table aria-label="Sync jobs"><thead><tr><th>Job</th><th>Status</th><th>Connector</th><th>Job type</th><th>Trigger</th>' +
    '<th>Created</th><th>Indexed</th><th>Deleted</th><th>Volume</th><th>Worker</th><th>Error</th></tr></thead><tbody>' +
    rows +
    '</tbody></table></body></html>'
  )
}

export async function serveStatic(html: string, port: number): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    response.end(html)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return server
}
