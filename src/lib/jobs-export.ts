// Exporting a view of the jobs list (issue 12, "Export"): the flat rows a file holds — every job's
// own fields with its connector's name joined in, never the connector snapshot — written as CSV
// (RFC 4180 quoting, and spreadsheet formula injection defused) or JSON, and the file's name, which
// carries the view's filters so two exports of different views never read alike.
// Pure: the reading is api/jobs-export-reads.ts, the download lib/download-file.ts.
import type { SyncJob } from '../../contract/es-connector-types.ts'
import { FILTER_PARAMS, writeJobFilters, type JobFilters } from './job-filters.ts'

/** What an export reads of each job (api/jobs-export-reads.ts asks only for these through filter_path). */
export type ExportJob = Omit<SyncJob, 'metadata' | 'connector'> & { connector: { id: string } }

/** One line of the file: the job's fields, flat, with its connector's name (empty when unknown). */
export interface ExportRow {
  id: string
  status: string
  job_type: string
  trigger_method: string
  connector_id: string
  connector_name: string
  service_type: string
  created_at: string
  started_at: string
  last_seen: string
  completed_at: string
  canceled_at: string
  cancelation_requested_at: string
  worker_hostname: string
  indexed_document_count: number | null
  deleted_document_count: number | null
  indexed_document_volume: number | null
  total_document_count: number | null
  error: string
}

/** The file's columns, in order (CSV header and JSON keys alike). */
export const EXPORT_COLUMNS = [
  'id',
  'status',
  'job_type',
  'trigger_method',
  'connector_id',
  'connector_name',
  'service_type',
  'created_at',
  'started_at',
  'last_seen',
  'completed_at',
  'canceled_at',
  'cancelation_requested_at',
  'worker_hostname',
  'indexed_document_count',
  'deleted_document_count',
  'indexed_document_volume',
  'total_document_count',
  'error',
] as const satisfies readonly (keyof ExportRow)[]

export type ExportFormat = 'csv' | 'json'

const countOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** A job as a flat row, its connector's name and service type taken from the connector list. */
export function toExportRow(job: ExportJob, connectors: ReadonlyMap<string, { name?: string | null; service_type?: string | null }>): ExportRow {
  const connector = connectors.get(job.connector.id)
  return {
    id: job.id,
    status: job.status,
    job_type: job.job_type,
    trigger_method: job.trigger_method,
    connector_id: job.connector.id,
    connector_name: text(connector?.name),
    service_type: text(connector?.service_type),
    created_at: text(job.created_at),
    started_at: text(job.started_at),
    last_seen: text(job.last_seen),
    completed_at: text(job.completed_at),
    canceled_at: text(job.canceled_at),
    cancelation_requested_at: text(job.cancelation_requested_at),
    worker_hostname: text(job.worker_hostname),
    indexed_document_count: countOrNull(job.indexed_document_count),
    deleted_document_count: countOrNull(job.deleted_document_count),
    indexed_document_volume: countOrNull(job.indexed_document_volume),
    total_document_count: countOrNull(job.total_document_count),
    error: text(job.error),
  }
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV field: text that a spreadsheet would run as a formula gets a leading `'`; a field with a
 * comma, quote or line break is quoted, its quotes doubled (RFC 4180). Numbers are written as they are.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** The rows as CSV: a header line, then one line per row, CRLF-terminated (RFC 4180). */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(',')]
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((column) => csvField(row[column])).join(','))
  return `${lines.join('\r\n')}\r\n`
}

/** The rows as a JSON array of objects with the columns' keys, in the columns' order. */
export function toJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows.map((row) => Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, row[column]]))), null, 2)}\n`
}

export function serializeExport(rows: readonly ExportRow[], format: ExportFormat): string {
  return format === 'csv' ? toCsv(rows) : toJson(rows)
}

export const EXPORT_MIME: Record<ExportFormat, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' }

/** The URL's filter params in the order a file name lists them (paging is no filter). */
const NAMED_PARAMS = [
  FILTER_PARAMS.status,
  FILTER_PARAMS.connector,
  FILTER_PARAMS.serviceType,
  FILTER_PARAMS.jobType,
  FILTER_PARAMS.created,
  FILTER_PARAMS.stuck,
  FILTER_PARAMS.error,
] as const
/** Longest a file name's filter part grows (a list of 100 connector ids would not fit a file system). */
const MAX_FILTER_PART = 150

/** `2026-11-26T05:12:40Z` → `2026-11-26T0512Z`: minutes are enough, and colons do not belong in file names. */
function stamp(now: Date): string {
  return `${now.toISOString().slice(0, 16).replace(':', '')}Z`
}

/**
 * E.g. `syncboard-jobs-status-error,canceled-created-24h-2026-11-26T0512Z.csv`: each filter the URL
 * carries as `name-value` (characters a file name may not hold become `_`), then when it was taken.
 */
export function exportFileName(filters: Omit<JobFilters, 'page' | 'size'>, format: ExportFormat, now: Date): string {
  const params = writeJobFilters(new URLSearchParams(), { ...filters, page: 1, size: 50 })
  const parts: string[] = []
  for (const name of NAMED_PARAMS) {
    const value = params.get(name)
    if (!value) continue
    parts.push(`${name}-${value.replace(/[^A-Za-z0-9,._-]/g, '_')}`)
  }
  let filterPart = parts.join('-')
  if (filterPart.length > MAX_FILTER_PART) filterPart = `${filterPart.slice(0, MAX_FILTER_PART)}…`.replace('…', '_etc')
  return ['syncboard-jobs', filterPart, stamp(now)].filter(Boolean).join('-') + `.${format}`
}
