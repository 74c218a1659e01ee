// The create form: connector, job type, trigger method → exactly one new job, then its page.
// Uncontrolled selects (their values survive every error); the connector comes from the shared
// ConnectorPicker. Before creating, the duplicate guard (api/active-duplicates.ts, the one the job
// page's Run again asks too) asks when a pending or running job of that connector and type exists.
// The check and the create are each single-flight, and the button is disabled while either runs, so
// a double click creates one job.
import { useId, useRef, useState, type FormEvent } from 'react'
import { flushSync } from 'react-dom'
import { useNavigate } from 'react-router'
import { duplicateCheck, type ActiveDuplicates } from '../../api/active-duplicates.ts'
import type { EsError } from '../../api/es-error.ts'
import { isEsError } from '../../api/es-error.ts'
import { syncJobMutations } from '../../api/mutations.ts'
import type { ConnectorSummary, CreateSyncJobBody } from '../../../contract/es-connector-types.ts'
import { paths } from '../../config/paths.ts'
import { useSingleFlightMutation } from '../../hooks/use-single-flight-mutation.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { noticeState } from '../../lib/navigation-notice.ts'
import { ConnectorPicker } from '../../components/connector-picker.tsx'
import { DuplicateQuestion } from '../../components/duplicate-question.tsx'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { Button } from '../../components/ui/button.tsx'
import { Field } from '../../components/ui/field.tsx'
import { ChosenConnector } from './chosen-connector.tsx'
import { JOB_TYPE_OPTIONS, parseJobType, parseTriggerMethod, TRIGGER_METHOD_OPTIONS } from './job-options.ts'

/** The open duplicate question: what would be created, and what already runs. */
interface DuplicateQuestion {
  body: CreateSyncJobBody
  duplicates: ActiveDuplicates
}

/** Elasticsearch's answer to an unknown connector id on create. */
const isUnknownConnector = (error: EsError) => error.status === 404 && /Connector with id/i.test(error.reason)

export function CreateJobForm({
  connectors,
  initialConnectorId,
  readOnly,
}: {
  connectors: ConnectorSummary[] | undefined
  initialConnectorId: string
  /** The server refuses every change; the form says so instead of letting the operator find out. */
  readOnly: boolean
}) {
  const navigate = useNavigate()
  // The duplicate check belongs to one submit, so it runs like the create: once at a time.
  const check = useSingleFlightMutation(duplicateCheck())
  const create = useSingleFlightMutation(syncJobMutations.create())
  const [connectorId, setConnectorId] = useState(initialConnectorId)
  const [connectorError, setConnectorError] = useState<string>()
  const [question, setQuestion] = useState<DuplicateQuestion>()
  const ids = { refusal: useId(), readOnly: useId() }
  const submitRef = useRef<HTMLButtonElement>(null)

  const busy = check.isPending || create.isPending || create.isSuccess
  // A refusal stands until the next attempt starts (a newer check); nothing is reset on submit, so a
  // create still on its way keeps its state.
  const refusal = create.isError && create.submittedAt >= check.submittedAt ? create.error : undefined
  const connectorRefused = refusal !== undefined && isUnknownConnector(refusal)
  // Anything but an Elasticsearch error is a bug, not a refusal to report here.
  const checkError = check.isError && isEsError(check.error) ? check.error : undefined

  const startCreate = (body: CreateSyncJobBody) => {
    // Created: the form is done, even before the job's page has replaced it.
    if (create.hasSucceeded()) return
    create.mutateOnce(body, {
      onSuccess: (created) => void navigate(paths.job(created.id), { state: noticeState('Sync job started. It stays pending until a connector service claims it.') }),
      onError: () => setQuestion(undefined),
    })
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (readOnly || busy) return
    const form = event.currentTarget
    const data = new FormData(form)
    const id = connectorId.trim()
    if (id === '') {
      setConnectorError('Choose the connector to sync.')
      form.querySelector<HTMLInputElement>('[role="combobox"]')?.focus()
      return
    }
    setConnectorError(undefined)
    const body: CreateSyncJobBody = { id, job_type: parseJobType(data.get('job_type')), trigger_method: parseTriggerMethod(data.get('trigger_method')) }
    check.mutateOnce(body, {
      onSuccess: (duplicates) => {
        if (duplicates.count > 0) setQuestion({ body, duplicates })
        else startCreate(body)
      },
    })
  }

  const confirmDuplicate = () => {
    if (question) startCreate(question.body)
  }

  // Any change to the form makes an open duplicate question stale (`input` events: they bubble from
  // every control as it changes, where a native `change` waits for a text field to lose focus).
  const resetQuestion = () => {
    if (question) setQuestion(undefined)
  }

  const jobTypeLabel = question ? JOB_TYPE_LABELS[question.body.job_type ?? 'full'] : ''

  return (
    <form className="panel create-job-form" noValidate onSubmit={submit} onInput={resetQuestion} aria-busy={busy}>
      {/* The picker renders its own label for the id the field gives it. */}
      <Field error={connectorError} invalid={connectorRefused} describedBy={connectorRefused ? ids.refusal : undefined}>
        {(control) => (
          <>
            <ConnectorPicker
              label="Connector"
              id={control.id}
              connectors={connectors}
              value={connectorId}
              onChange={(next) => {
                setConnectorId(next)
                setConnectorError(undefined)
                create.reset()
                resetQuestion()
              }}
              required
              invalid={control['aria-invalid'] === true}
              describedBy={control['aria-describedby']}
              name="connector_id"
            />
            <ChosenConnector connectors={connectors} connectorId={connectorId} />
          </>
        )}
      </Field>
      <Field label="Job type">
        {(control) => (
          <select {...control} name="job_type" defaultValue="full">
            {JOB_TYPE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Trigger method" hint="Only a label on the job: either way it starts now.">
        {(control) => (
          <select {...control} name="trigger_method" defaultValue="on_demand">
            {TRIGGER_METHOD_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {readOnly ? (
        <p id={ids.readOnly} className="notice warning">
          Syncboard is in read-only mode: it cannot start syncs.
        </p>
      ) : null}
      <div className="form-buttons">
        <Button ref={submitRef} type="submit" variant="primary" disabled={busy || question !== undefined || readOnly} aria-describedby={readOnly ? ids.readOnly : undefined}>
          {check.isPending ? 'Checking for running syncs…' : create.isPending || create.isSuccess ? 'Starting…' : 'Start sync'}
        </Button>
      </div>
      {question ? (
        <DuplicateQuestion
          duplicates={question.duplicates}
          jobTypeLabel={jobTypeLabel}
          busy={create.isPending || create.isSuccess}
          onConfirm={confirmDuplicate}
          onDismiss={() => {
            // Enable Start sync first, then give it focus back.
            flushSync(() => setQuestion(undefined))
            submitRef.current?.focus()
          }}
        />
      ) : null}
      {checkError ? (
        <div className="form-refusal">
          <p className="form-refusal-title">Could not check whether this connector already has a sync running; nothing was started.</p>
          <ErrorPanel error={checkError} compact />
        </div>
      ) : null}
      {refusal ? (
        <div className="form-refusal" id={ids.refusal}>
          <p className="form-refusal-title">The sync was not started.</p>
          <ErrorPanel error={refusal} compact />
        </div>
      ) : null}
    </form>
  )
}
