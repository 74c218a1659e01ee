// Claim a job the way a worker would: a worker hostname (required) and an optional sync cursor that
// must be a JSON object. Both are checked here before anything is sent — Elasticsearch itself would
// claim any job, in any state. What was typed stays for this job until a claim succeeds (useDraft).
import { useId, useState } from 'react'
import { syncJobMutations } from '../../../api/mutations.ts'
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx'
import { Field } from '../../../components/ui/field.tsx'
import { useDraft } from '../../../hooks/use-draft.ts'
import { useSingleFlightMutation } from '../../../hooks/use-single-flight-mutation.ts'
import { parseSyncCursor } from '../../../lib/sync-cursor.ts'
import type { ActionDialogProps } from './action-dialog-props.ts'
import { ActionError } from './action-error.tsx'

interface FieldErrors {
  hostname?: string
  cursor?: string
}

export function ClaimDialog({
  job,
  blockedReason,
  onDone,
  onDismiss,
}: ActionDialogProps) {
  const claim = useSingleFlightMutation(syncJobMutations.claim())
  const [errors, setErrors] = useState<FieldErrors>({})
  const { draft, update, clear } = useDraft(`claim:${job.id}`, { hostname: '', cursor: '' })
  const hostnameId = useId()
  const cursorId = useId()

  const submit = (data: FormData) => {
    if (claim.isPending) return
    const hostname = String(data.get('worker_hostname') ?? '').trim()
    const cursor = parseSyncCursor(String(data.get('sync_cursor') ?? ''))
    const next: FieldErrors = {}
    if (hostname === '') next.hostname = 'Enter the hostname of the worker that takes this job.'
    if (!cursor.ok) next.cursor = cursor.error
    setErrors(next)
    if (next.hostname || next.cursor || !cursor.ok) {
      // Focus the first invalid field so the operator lands on what to fix.
      document.getElementById(next.hostname ? hostnameId : cursorId)?.focus()
      return
    }
    claim.mutateOnce(
      { id: job.id, worker_hostname: hostname, ...(cursor.value !== undefined ? { sync_cursor: cursor.value } : {}) },
      {
        onSuccess: () => {
          clear()
          onDone(`Claimed for worker ${hostname}: the job is now in progress.`)
        },
      },
    )
  }

  return (
    <ConfirmDialog
      title={`Claim sync job ${job.id}`}
      confirmLabel="Claim"
      busyLabel="Claiming…"
      dismissLabel="Close"
      busy={claim.isPending}
      onConfirm={submit}
      onDismiss={onDismiss}
      blockedReason={blockedReason}
      footer={claim.isError ? <ActionError action="Claim" error={claim.error} /> : null}
    >
      <p>
        This does what a connector worker does when it picks a job up: the job becomes <strong>in progress</strong>, owned by the worker
        you name. Use it for a custom worker or to test one; a real worker must then report progress, or the job is flagged idle.
      </p>
      <Field label="Worker hostname" id={hostnameId} error={errors.hostname}>
        {(control) => (
          <input
            {...control}
            name="worker_hostname"
            type="text"
            autoComplete="off"
            spellCheck={false}
            required
            aria-required="true"
            value={draft.hostname}
            onChange={(event) => update({ hostname: event.target.value })}
          />
        )}
      </Field>
      <Field label="Sync cursor" id={cursorId} hint="Optional. A JSON object; it is stored in the job's connector snapshot." error={errors.cursor}>
        {(control) => (
          <textarea
            {...control}
            name="sync_cursor"
            spellCheck={false}
            rows={3}
            placeholder='{"cursor": "…"}'
            value={draft.cursor}
            onChange={(event) => update({ cursor: event.target.value })}
          />
        )}
      </Field>
    </ConfirmDialog>
  )
}
