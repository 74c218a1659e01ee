// "Export" on the jobs list: the current view (every page of it, up to the 10,000 window) saved as
// CSV or JSON, connector names joined in, the filters in the file's name (lib/jobs-export.ts). The
// work (export-run.ts, loaded on the first click) shows its progress and can be cancelled; what was
// saved, or why nothing was, is said where the button is.
import { useEffect, useRef, useState } from 'react'
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import type { ExportProgress } from '../../api/jobs-export-reads.ts'
import { isEsError } from '../../api/es-error.ts'
import { formatCount } from '../../lib/format.ts'
import { resolveConnectorIds, type JobFilters } from '../../lib/job-filters.ts'
import type { ExportFormat } from '../../lib/jobs-export.ts'
import { Button } from '../../components/ui/button.tsx'
import './export-watch.css'

type ExportState =
  | { kind: 'idle' }
  | { kind: 'reading'; format: ExportFormat; progress: ExportProgress }
  | { kind: 'saved'; fileName: string; jobs: number; cut: boolean }
  | { kind: 'canceled' }
  | { kind: 'failed'; message: string }

export function ExportMenu({ filters, connectors }: { filters: JobFilters; connectors: readonly ConnectorSummary[] | undefined }) {
  const [open, setOpen] = useState(false)
  const [state, setState] = useState<ExportState>({ kind: 'idle' })
  const abort = useRef<AbortController | null>(null)
  // Leaving the page stops a read nobody waits for.
  useEffect(() => () => abort.current?.abort(), [])

  const connectorIds = resolveConnectorIds(filters, connectors)
  const reading = state.kind === 'reading'

  const start = async (format: ExportFormat) => {
    if (connectorIds === undefined || abort.current) return
    const controller = new AbortController()
    abort.current = controller
    setOpen(false)
    setState({ kind: 'reading', format, progress: { read: 0, expected: 0 } })
    try {
      // The export's code loads on the first click (export-run.ts), not with the page.
      const { runExport } = await import('./export-run.ts')
      const saved = await runExport(filters, connectorIds, connectors, format, {
        signal: controller.signal,
        onProgress: (progress) => setState({ kind: 'reading', format, progress }),
      })
      setState({ kind: 'saved', ...saved })
    } catch (error) {
      setState(controller.signal.aborted ? { kind: 'canceled' } : { kind: 'failed', message: isEsError(error) ? `${error.type}: ${error.reason}` : String(error) })
    } finally {
      abort.current = null
    }
  }

  return (
    <div className="export-menu">
      <Button
        size="small"
        aria-expanded={open}
        aria-controls="export-choices"
        disabled={reading || connectorIds === undefined}
        onClick={() => setOpen((was) => !was)}
      >
        Export
      </Button>
      {open ? (
        <span id="export-choices" className="export-choices">
          <Button size="small" onClick={() => void start('csv')}>
            Export as CSV
          </Button>
          <Button size="small" onClick={() => void start('json')}>
            Export as JSON
          </Button>
        </span>
      ) : null}
      <ExportStatus state={state} onCancel={() => abort.current?.abort()} />
    </div>
  )
}

function ExportStatus({ state, onCancel }: { state: ExportState; onCancel: () => void }) {
  if (state.kind === 'reading') {
    const { read, expected } = state.progress
    return (
      <span className="export-status">
        <progress aria-label="Export progress" max={Math.max(expected, 1)} value={expected > 0 ? read : undefined} />
        <output>{expected > 0 ? `Reading ${formatCount(read)} of ${formatCount(expected)} jobs…` : 'Reading the jobs…'}</output>
        <Button size="small" onClick={onCancel}>
          Cancel export
        </Button>
      </span>
    )
  }
  return (
    <output className="export-status">
      {state.kind === 'saved'
        ? `Saved ${formatCount(state.jobs)} job${state.jobs === 1 ? '' : 's'} as ${state.fileName}${state.cut ? ' — the 10,000 window left out older jobs' : ''}.`
        : state.kind === 'canceled'
          ? 'Export canceled.'
          : state.kind === 'failed'
            ? `Export failed: ${state.message}`
            : ''}
    </output>
  )
}
