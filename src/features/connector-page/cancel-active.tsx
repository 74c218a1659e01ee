// "Cancel active syncs": a confirm dialog that reads the connector's pending, running and suspended
// jobs afresh and says how many of each it will cancel, then requests a cancel for each (a pending or
// suspended job is canceled at once, a running one is asked to stop) and reports every job's outcome —
// done, refused with Elasticsearch's reason, or not found. Jobs that start or finish while the dialog
// is open are not in its count; the report says what happened to each one it listed.
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { connectorHistoryMutations, connectorHistoryQueries, type CancelOutcome } from '../../api/connector-history.ts'
import { ConfirmDialog } from '../../components/confirm-dialog.tsx'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { Button } from '../../components/ui/button.tsx'
import { useSingleFlightMutation } from '../../hooks/use-single-flight-mutation.ts'
import { CancelReport } from './cancel-report.tsx'

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

function CancelActiveDialog({ connectorId, onDone, onDismiss }: { connectorId: string; onDone: (outcomes: CancelOutcome[]) => void; onDismiss: () => void }) {
  const active = useQuery(connectorHistoryQueries.active(connectorId))
  const cancel = useSingleFlightMutation(connectorHistoryMutations.cancelActive(connectorId))
  const jobs = active.data?.jobs ?? []
  const counts = active.data?.counts
  const nothing = active.data !== undefined && jobs.length === 0

  const confirm = () => {
    if (nothing) {
      onDismiss()
      return
    }
    if (!active.data) return
    cancel.mutateOnce(
      jobs.map((job) => ({ id: job.id, status: job.status as 'pending' | 'in_progress' | 'suspended' })),
      { onSuccess: onDone },
    )
  }

  return (
    <ConfirmDialog
      title="Cancel the active syncs of this connector?"
      confirmLabel={nothing ? 'Close' : `Cancel ${plural(jobs.length, 'sync')}`}
      busyLabel={active.isPending ? 'Counting active syncs…' : active.isError ? 'Could not count them' : 'Canceling…'}
      dismissLabel="Keep them"
      tone={nothing ? 'default' : 'danger'}
      busy={active.isPending || active.isError || cancel.isPending}
      onConfirm={confirm}
      onDismiss={onDismiss}
      footer={
        <>
          {active.isError ? <ErrorPanel error={active.error} onRetry={() => void active.refetch()} retrying={active.isFetching} compact /> : null}
          {cancel.isError ? <ErrorPanel error={cancel.error} compact /> : null}
        </>
      }
    >
      {active.isPending ? <p>Reading its pending, running and suspended syncs…</p> : null}
      {nothing ? <p>It has no pending, running or suspended sync: there is nothing to cancel.</p> : null}
      {counts && jobs.length > 0 ? (
        <>
          <p>
            <strong>{plural(jobs.length, 'sync')}</strong> will get a cancel request: {plural(counts.pending, 'pending job')}, {plural(counts.in_progress, 'running job')} and{' '}
            {plural(counts.suspended, 'suspended job')}.
          </p>
          <ul className="cancel-effects">
            <li>Pending and suspended jobs become Canceled at once and never run.</li>
            <li>Running jobs become Cancel requested; their worker stops them within seconds (if it is gone, they stay so — mark them as failed then).</li>
          </ul>
          <p className="muted">Documents already synced stay in the index. Jobs already canceling are left as they are.</p>
        </>
      ) : null}
    </ConfirmDialog>
  )
}

export function CancelActive({ connectorId, disabledReasonId }: { connectorId: string; disabledReasonId: string | undefined }) {
  const [open, setOpen] = useState(false)
  const [report, setReport] = useState<CancelOutcome[]>()
  const focusReport = useRef(false)
  const reportRef = useRef<HTMLElement>(null)

  // After the dialog has closed (and handed focus back to its opener): the outcome takes focus — in
  // the effect of a render that has closed it and drawn the report, not an earlier one's that runs
  // late (Preact runs passive effects a frame after their render; see job-actions-panel.tsx).
  useEffect(() => {
    if (!focusReport.current || open || !reportRef.current) return
    focusReport.current = false
    reportRef.current.focus()
  })

  return (
    <div className="cancel-active">
      <div className="action-row">
        <Button
          variant="danger"
          disabled={disabledReasonId !== undefined}
          aria-describedby={disabledReasonId}
          onClick={() => {
            setReport(undefined)
            setOpen(true)
          }}
        >
          Cancel active syncs
        </Button>
      </div>
      {report ? <CancelReport ref={reportRef} outcomes={report} /> : null}
      {open ? (
        <CancelActiveDialog
          connectorId={connectorId}
          onDismiss={() => setOpen(false)}
          onDone={(outcomes) => {
            setOpen(false)
            setReport(outcomes)
            focusReport.current = true
          }}
        />
      ) : null}
    </div>
  )
}
