// One export of the jobs list's view, loaded only when the operator asks for one (export-menu.tsx
// imports it on click, so the page's own chunk does not carry it): read every job of the view
// (api/jobs-export-reads.ts), write the rows (lib/jobs-export.ts) and hand the file to the browser.
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { readViewForExport, type ExportProgress } from '../../api/jobs-export-reads.ts'
import { downloadText } from '../../lib/download-file.ts'
import type { JobFilters } from '../../lib/job-filters.ts'
import { EXPORT_MIME, exportFileName, serializeExport, toExportRow, type ExportFormat } from '../../lib/jobs-export.ts'

export interface ExportResult {
  fileName: string
  jobs: number
  /** The 10,000 window left jobs of the view out. */
  cut: boolean
}

export async function runExport(
  filters: Omit<JobFilters, 'page' | 'size'>,
  connectorIds: string[] | null,
  connectors: readonly ConnectorSummary[] | undefined,
  format: ExportFormat,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (progress: ExportProgress) => void },
): Promise<ExportResult> {
  const { jobs, cut } = await readViewForExport(filters, connectorIds, { signal, onProgress })
  const byId = new Map((connectors ?? []).map((connector) => [connector.id, connector]))
  const fileName = exportFileName(filters, format, new Date())
  downloadText(fileName, serializeExport(jobs.map((job) => toExportRow(job, byId)), format), EXPORT_MIME[format])
  return { fileName, jobs: jobs.length, cut }
}
