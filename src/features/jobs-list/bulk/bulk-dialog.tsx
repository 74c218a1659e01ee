// The confirmation of a bulk action: what will happen to how many of the selected jobs, what is
// skipped and why (lib/bulk-eligibility.ts), and what the action needs — one error message for all
// (Mark as failed), whether to start a sync where one of its kind is already pending or running (Run
// again). Nothing is sent before the operator confirms.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import type { ConnectorSummary } from '../../../../contract/es-connector-types.ts'
import { activeDuplicatesByFamily } from '../../../api/bulk-jobs.ts'
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx'
import { Field } from '../../../components/ui/field.tsx'
import { preferredStop, runAgainTargets, summarise, type BulkAction, type BulkJob } from '../../../lib/bulk-eligibility.ts'
import { JOB_TYPE_LABELS } from '../../../lib/labels.ts'
import { plural } from './bulk-words.ts'

export interface BulkChoice {
  /** Mark as failed: the message stored on every job. */
  message?: string
  /** Run again: start even where the connector already has a sync of that type pending or running. */
  insist?: boolean
}

const TITLES: Record<BulkAction, (eligible: number, total: number) => string> = {
  cancel: (eligible, total) => `Cancel ${eligible} of ${plural(total, 'selected job')}?`,
  markFailed: (eligible, total) => `Mark ${eligible} of ${plural(total, 'selected job')} as failed?`,
  delete: (eligible, total) => `Delete ${eligible} of ${plural(total, 'selected job')}?`,
  runAgain: (eligible, total) => `Run again ${eligible} of ${plural(total, 'selected job')}?`,
}

/** How many families to name before "and N more". */
const NAMED_FAMILIES = 12

export function BulkDialog({
  action,
  title,
  jobs,
  connectorsById,
  onConfirm,
  onDismiss,
}: {
  action: BulkAction
  /** Instead of "Cancel 2 of 3 selected jobs?": an incident replay's name. */
  title?: string
  jobs: readonly BulkJob[]
  connectorsById: ReadonlyMap<string, ConnectorSummary>
  onConfirm: (choice: BulkChoice) => void
  onDismiss: () => void
}) {
  const summary = summarise(action, jobs)
  const eligible = summary.eligible
  const messageId = useId()
  const [error, setError] = useState<string>()
  const [now] = useState(() => Date.now())
  const targets = action === 'runAgain' ? runAgainTargets(eligible) : []
  const client = useQueryClient()
  // What the duplicate guard would say for each family, shown before anything starts (asked again at start).
  const duplicates = useQuery({
    queryKey: ['sync-jobs', 'bulk-duplicates', targets.map((target) => target.key)],
    queryFn: () => activeDuplicatesByFamily(client, targets),
    enabled: targets.length > 0,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  })
  const busyFamilies = targets.filter((target) => (duplicates.data?.get(target.key) ?? 0) > 0).length

  const confirmLabel =
    action === 'cancel'
      ? `Cancel ${plural(eligible.length, 'job')}`
      : action === 'markFailed'
        ? `Mark ${plural(eligible.length, 'job')} as failed`
        : action === 'delete'
          ? `Delete ${plural(eligible.length, 'job')}`
          : `Start ${plural(targets.length, 'sync')}`

  const submit = (data: FormData) => {
    if (action === 'markFailed') {
      const message = String(data.get('error') ?? '').trim()
      if (message === '') {
        setError('Enter the error message to store on every job (why they failed).')
        document.getElementById(messageId)?.focus()
        return
      }
      onConfirm({ message })
      return
    }
    onConfirm({ insist: data.get('insist') === 'on' })
  }

  return (
    <ConfirmDialog
      title={title ?? TITLES[action](eligible.length, jobs.length)}
      confirmLabel={confirmLabel}
      dismissLabel="Go back"
      tone={action === 'runAgain' ? 'default' : 'danger'}
      onConfirm={submit}
      onDismiss={onDismiss}
      blockedReason={eligible.length === 0 ? `None of the selected jobs can be changed this way.` : undefined}
    >
      <div className="bulk-dialog">
        <h3 className="bulk-dialog-heading">What will happen</h3>
        <ul className="bulk-effects">
          <Effects action={action} jobs={eligible} families={targets.length} now={now} />
        </ul>
        {action === 'runAgain' && targets.length > 0 ? (
          <>
            <h3 className="bulk-dialog-heading">New syncs</h3>
            <ul className="bulk-families">
              {targets.slice(0, NAMED_FAMILIES).map((target) => (
                <li key={target.key}>
                  {connectorsById.get(target.connectorId)?.name ?? target.connectorId} — {(JOB_TYPE_LABELS[target.jobType] ?? target.jobType).toLowerCase()}{' '}
                  {`(re-runs ${plural(target.sourceIds.length, 'job')})`}
                  {(duplicates.data?.get(target.key) ?? 0) > 0 ? (
                    <span className="bulk-busy"> — already has {plural(duplicates.data?.get(target.key) ?? 0, 'sync')} of this type pending or running: skipped</span>
                  ) : null}
                </li>
              ))}
              {targets.length > NAMED_FAMILIES ? <li>and {targets.length - NAMED_FAMILIES} more</li> : null}
            </ul>
            <p className="muted" aria-live="polite">
              {duplicates.isPending
                ? 'Checking which connectors already have a sync of that type pending or running…'
                : duplicates.isError
                  ? 'Could not check for syncs already pending or running; each is checked as it starts.'
                  : busyFamilies > 0
                    ? `${busyFamilies} of the ${plural(targets.length, 'new sync')} would join one of its kind already pending or running, so ${busyFamilies === 1 ? 'it is' : 'they are'} skipped unless you tick the box.`
                    : 'No connector has a sync of that type pending or running.'}
            </p>
            <label className="bulk-insist">
              <input type="checkbox" name="insist" /> Start even where the connector already has a sync of that type pending or running
            </label>
          </>
        ) : null}
        {summary.skipped.length > 0 ? (
          <>
            <h3 className="bulk-dialog-heading">Skipped</h3>
            <ul className="bulk-skipped">
              {summary.skipped.map((group) => (
                <li key={group.reason}>
                  {plural(group.jobs.length, 'job')}: {group.reason}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {action === 'markFailed' && eligible.length > 0 ? (
          <>
            <p className="notice warning" role="note">
              <strong>A worker may still be running these jobs.</strong> Marking a job failed (<code>_error</code>) does not stop its worker; a
              live one notices and stops, a gone one never will. Use it when a cancel request is not acknowledged.
            </p>
            <Field label="Error message" id={messageId} error={error} hint="Stored on every job as its error.">
              {(control) => <textarea {...control} name="error" rows={3} required aria-required="true" />}
            </Field>
          </>
        ) : null}
      </div>
    </ConfirmDialog>
  )
}

function Effects({ action, jobs, families, now }: { action: BulkAction; jobs: readonly BulkJob[]; families: number; now: number }) {
  if (jobs.length === 0) return <li>Nothing: none of the selected jobs qualifies.</li>
  if (action === 'cancel') {
    const atOnce = jobs.filter((job) => job.status !== 'in_progress').length
    const running = jobs.filter((job) => job.status === 'in_progress')
    const silent = running.filter((job) => preferredStop(job, now) === 'force').length
    return (
      <>
        {atOnce > 0 ? <li>{plural(atOnce, 'pending or suspended job')} {atOnce === 1 ? 'becomes' : 'become'} Canceled at once and will not run.</li> : null}
        {running.length > 0 ? (
          <li>
            {plural(running.length, 'running job')} {running.length === 1 ? 'gets' : 'get'} a cancel request: each shows Cancel requested until its worker acknowledges and stops.
          </li>
        ) : null}
        {silent > 0 ? (
          <li>
            {plural(silent, 'running job')} had no heartbeat for over a minute: a cancel request may never be acknowledged — Mark as failed
            forces them.
          </li>
        ) : null}
      </>
    )
  }
  if (action === 'markFailed') return <li>
        {plural(jobs.length, 'running or canceling job')} {jobs.length === 1 ? 'becomes' : 'become'} Failed with the message below.
      </li>
  if (action === 'delete') {
    const active = jobs.filter((job) => job.status === 'pending' || job.status === 'in_progress' || job.status === 'canceling' || job.status === 'suspended').length
    return (
      <>
        <li>{plural(jobs.length, 'job')} and their history are removed from Elasticsearch; documents already synced stay in the index. This cannot be undone.</li>
        {active > 0 ? <li>{plural(active, 'job')} {active === 1 ? 'is' : 'are'} still active: a pending one leaves the queue, a running one's worker fails when its job disappears.</li> : null}
      </>
    )
  }
  return (
    <li>
      {plural(families, 'new on-demand sync')}: one per connector and job type of the {plural(jobs.length, 'finished job')}. A connector that already
      has a sync of that type pending or running is skipped (checked as each starts), unless you tick the box below.
    </li>
  )
}
