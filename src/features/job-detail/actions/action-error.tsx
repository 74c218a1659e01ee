// An action's failure, reported where the action happened: which action failed, then
// Elasticsearch's error type and reason (as text).
import type { EsError } from '../../../api/es-error.ts'
import { ErrorPanel } from '../../../components/error-panel.tsx'

export function ActionError({ action, error }: { action: string; error: EsError }) {
  return (
    <div className="action-error">
      <p className="action-error-title">{action} failed — nothing was changed by this attempt unless the job shows otherwise.</p>
      <ErrorPanel error={error} compact />
    </div>
  )
}
