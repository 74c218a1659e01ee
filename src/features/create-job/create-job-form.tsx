// The create form: connector, job type, trigger method → exactly one new job, then its page.
// Uncontrolled selects (their values survive every error); the connector comes from the shared
// ConnectorPicker. Before creating, a duplicate guard asks when a pending or running job of that
// connector and type exists. A ref guard plus the disabled button make a double click create one job.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useRef, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import type { EsError } from '../../api/es-error.ts'
import { isEsError } from '../../api/es-error.ts'
import { syncJobMutations } from '../../api/mutations.ts'
import type { ConnectorSummary, CreateSyncJobBody } from '../../../contract/es-connector-types.ts'
import { paths } from '../../config/paths.ts'
import { noticeState } from '../../lib/navigation-notice.ts'
import { ConnectorPicker } from '../../components/connector-picker.tsx'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { ChosenConnector } from './chosen-connector.tsx'
import { DuplicateWarning } from './duplicate-warning.tsx'
import { findActiveDuplicates, type ActiveDuplicates } from './find-duplicates.ts'
import { JOB_TYPE_OPTIONS, parseJobType, parseTriggerMethod, TRIGGER_METHOD_OPTIONS } from './job-options.ts'

type Phase = { kind: 'idle' } | { kind: 'checking' } | { kind: 'duplicate'; body: CreateSyncJobBody; duplicates: ActiveDuplicates }

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
  const client = useQueryClient()
  const navigate = useNavigate()
  const create = useMutation(syncJobMutations.create())
  const [connectorId, setConnectorId] = useState(initialConnectorId)
  const [connectorError, setConnectorError] = useState<string>()
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [checkError, setCheckError] = useState<EsError>()
  // Set from the first submit until it has failed or navigated away: a second click is ignored
  // even before React has re-rendered the disabled button.
  const inFlight = useRef(false)
  const ids = { connectorError: useId(), jobType: useId(), trigger: useId(), refusal: useId(), readOnly: useId() }

  const busy = phase.kind === 'checking' || create.isPending || create.isSuccess
  const connectorRefused = create.isError && isUnknownConnector(create.error)

  const startCreate = (body: CreateSyncJobBody) => {
    create.mutate(body, {
      onSuccess: (created) => void navigate(paths.job(created.id), { state: noticeState('Sync job started. It stays pending until a connector service claims it.') }),
      onError: () => {
        inFlight.current = false
        setPhase({ kind: 'idle' })
      },
    })
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (inFlight.current || readOnly) return
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
    inFlight.current = true
    create.reset()
    setCheckError(undefined)
    setPhase({ kind: 'checking' })
    try {
      const duplicates = await findActiveDuplicates(client, id, body.job_type ?? 'full')
      if (duplicates.count > 0) {
        inFlight.current = false
        setPhase({ kind: 'duplicate', body, duplicates })
        return
      }
    } catch (error) {
      inFlight.current = false
      setPhase({ kind: 'idle' })
      if (isEsError(error)) setCheckError(error)
      else throw error
      return
    }
    startCreate(body)
  }

  const confirmDuplicate = () => {
    if (inFlight.current || phase.kind !== 'duplicate') return
    inFlight.current = true
    startCreate(phase.body)
  }

  // Any change to the form makes an open duplicate question stale.
  const resetQuestion = () => {
    if (phase.kind === 'duplicate') setPhase({ kind: 'idle' })
  }

  const jobTypeLabel = phase.kind === 'duplicate' ? (JOB_TYPE_OPTIONS.find((option) => option.value === phase.body.job_type)?.label ?? 'full') : ''
  const connectorDescribedBy = [connectorError ? ids.connectorError : undefined, connectorRefused ? ids.refusal : undefined].filter(Boolean).join(' ')

  return (
    <form className="panel create-job-form" noValidate onSubmit={(event) => void submit(event)} onChange={resetQuestion} aria-busy={busy}>
      <div className="field">
        <ConnectorPicker
          label="Connector"
          connectors={connectors}
          value={connectorId}
          onChange={(next) => {
            setConnectorId(next)
            setConnectorError(undefined)
            create.reset()
            resetQuestion()
          }}
          required
          invalid={Boolean(connectorError) || connectorRefused}
          describedBy={connectorDescribedBy || undefined}
          name="connector_id"
        />
        {connectorError ? (
          <p id={ids.connectorError} className="field-error">
            {connectorError}
          </p>
        ) : null}
        <ChosenConnector connectors={connectors} connectorId={connectorId} />
      </div>
      <div className="field">
        <label htmlFor={ids.jobType}>Job type</label>
        <select id={ids.jobType} name="job_type" defaultValue="full">
          {JOB_TYPE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.trigger}>Trigger method</label>
        <select id={ids.trigger} name="trigger_method" defaultValue="on_demand" aria-describedby={`${ids.trigger}-hint`}>
          {TRIGGER_METHOD_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <p id={`${ids.trigger}-hint`} className="hint">
          Only a label on the job: either way it starts now.
        </p>
      </div>
      {readOnly ? (
        <p id={ids.readOnly} className="notice warning">
          Syncboard is in read-only mode: it cannot start syncs.
        </p>
      ) : null}
      <div className="form-buttons">
        <button
          type="submit"
          className="button primary"
          disabled={busy || phase.kind === 'duplicate' || readOnly}
          aria-describedby={readOnly ? ids.readOnly : undefined}
        >
          {phase.kind === 'checking' ? 'Checking for running syncs…' : create.isPending || create.isSuccess ? 'Starting…' : 'Start sync'}
        </button>
      </div>
      {phase.kind === 'duplicate' ? (
        <DuplicateWarning
          duplicates={phase.duplicates}
          jobTypeLabel={jobTypeLabel}
          busy={create.isPending}
          onConfirm={confirmDuplicate}
          onDismiss={() => setPhase({ kind: 'idle' })}
        />
      ) : null}
      {checkError ? (
        <div className="form-refusal">
          <p className="form-refusal-title">Could not check whether this connector already has a sync running; nothing was started.</p>
          <ErrorPanel error={checkError} compact />
        </div>
      ) : null}
      {create.isError ? (
        <div className="form-refusal" id={ids.refusal}>
          <p className="form-refusal-title">The sync was not started.</p>
          <ErrorPanel error={create.error} compact />
        </div>
      ) : null}
    </form>
  )
}
