// "Sync now": starts an on-demand sync of the chosen type through the create form's duplicate guard
// (api/active-duplicates.ts) — when the connector already has a pending or running sync of that type,
// the same question as the create form, and nothing starts until it is answered. The check and the
// create are each single-flight, so a double click starts one job. The operator stays on the page: the
// new job is announced with a link to it, and the page's data refreshes (the create invalidates it).
import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { Link } from 'react-router'
import { duplicateCheck, type ActiveDuplicates } from '../../api/active-duplicates.ts'
import { syncJobMutations } from '../../api/mutations.ts'
import type { ConnectorDocument, CreateSyncJobBody, JobType } from '../../../contract/es-connector-types.ts'
import { DuplicateQuestion } from '../../components/duplicate-question.tsx'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { Button } from '../../components/ui/button.tsx'
import { Field } from '../../components/ui/field.tsx'
import { paths } from '../../config/paths.ts'
import { useSingleFlightMutation } from '../../hooks/use-single-flight-mutation.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { syncTypes } from './sync-types.ts'

/** "a full", "an incremental", "an access control". */
const withArticle = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`

interface Started {
  id: string
  jobType: JobType
}

export function SyncNow({ connector, disabledReasonId }: { connector: ConnectorDocument; disabledReasonId: string | undefined }) {
  const types = syncTypes(connector)
  const [jobType, setJobType] = useState<JobType>('full')
  const [question, setQuestion] = useState<{ body: CreateSyncJobBody; duplicates: ActiveDuplicates }>()
  const [started, setStarted] = useState<Started>()
  const check = useSingleFlightMutation(duplicateCheck())
  const create = useSingleFlightMutation(syncJobMutations.create())
  const buttonRef = useRef<HTMLButtonElement>(null)
  const disabled = disabledReasonId !== undefined
  const busy = check.isPending || create.isPending
  const chosen = types.includes(jobType) ? jobType : 'full'

  const start = (body: CreateSyncJobBody) => {
    create.mutateOnce(body, {
      onSuccess: (created) => {
        setQuestion(undefined)
        setStarted({ id: created.id, jobType: body.job_type ?? 'full' })
      },
      onError: () => setQuestion(undefined),
    })
  }

  const syncNow = () => {
    if (disabled || busy || question) return
    const body: CreateSyncJobBody = { id: connector.id, job_type: chosen, trigger_method: 'on_demand' }
    const sent = check.mutateOnce(body, {
      onSuccess: (duplicates) => {
        if (duplicates.count > 0) setQuestion({ body, duplicates })
        else start(body)
      },
    })
    if (!sent) return
    setStarted(undefined)
    create.reset()
  }

  return (
    <div className="sync-now">
      <div className="action-row">
        {types.length > 1 ? (
          <Field label="Sync type" className="sync-type">
            {(control) => (
              <select
                {...control}
                value={chosen}
                disabled={disabled || busy || question !== undefined}
                onChange={(event) => {
                  setJobType(event.target.value as JobType)
                  setQuestion(undefined)
                }}
              >
                {types.map((type) => (
                  <option key={type} value={type}>
                    {JOB_TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <p className="sync-type-only muted">Full sync (its features allow no other)</p>
        )}
        <Button
          ref={buttonRef}
          variant="primary"
          onClick={syncNow}
          disabled={disabled || busy || question !== undefined}
          aria-describedby={disabledReasonId}
        >
          {check.isPending ? 'Checking for running syncs…' : create.isPending ? 'Starting…' : 'Sync now'}
        </Button>
      </div>
      {question ? (
        <DuplicateQuestion
          duplicates={question.duplicates}
          jobTypeLabel={JOB_TYPE_LABELS[question.body.job_type ?? 'full']}
          busy={create.isPending}
          onConfirm={() => start(question.body)}
          onDismiss={() => {
            // Enable Sync now first, then give it focus back.
            flushSync(() => setQuestion(undefined))
            buttonRef.current?.focus()
          }}
        />
      ) : null}
      <output className="action-notice" aria-live="polite">
        {started ? (
          <span className="notice success">
            Started {withArticle(JOB_TYPE_LABELS[started.jobType].toLowerCase())} sync: <Link to={paths.job(started.id)}>{started.id}</Link>. It stays
            pending until a connector service claims it.
          </span>
        ) : null}
      </output>
      {check.isError ? (
        <div className="action-error">
          <p className="action-error-title">Could not check whether this connector already has a sync running; nothing was started.</p>
          <ErrorPanel error={check.error} compact />
        </div>
      ) : null}
      {create.isError ? (
        <div className="action-error">
          <p className="action-error-title">The sync was not started.</p>
          <ErrorPanel error={create.error} compact />
        </div>
      ) : null}
    </div>
  )
}
