// "Failures by message": the view's failed jobs grouped by their error message (lib/failure-groups.ts),
// each with its jobs, connectors and first and last time seen, a link narrowing the list to its jobs,
// and — for the messages lib/known-failures.ts knows — what happened and what to do next. Messages
// are text, never HTML. The groups fold behind one button ("Show the messages") unless one is
// chosen, so the panel above the status chips stays two lines high and the rows do not move down
// under the operator's pointer. It keeps that place while the failed jobs are read (after the rows,
// use-failure-groups.ts) and when there are none: appearing late above the rows would shift them
// (Lighthouse's layout shift, and a misplaced click).
import { useState } from 'react'
import { Link } from 'react-router'
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { Button } from '../../components/ui/button.tsx'
import { paths } from '../../config/paths.ts'
import type { FailureGroup } from '../../lib/failure-groups.ts'
import { formatCount } from '../../lib/format.ts'
import type { JobFilters } from '../../lib/job-filters.ts'
import { explainFailure } from '../../lib/known-failures.ts'

/** Groups listed before "Show all"; the rest are one click away. */
const SHOWN_GROUPS = 5

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())

export interface FailureGroupsResult {
  groups: FailureGroup[]
  /** Failed jobs read (the newest of the view). */
  sampled: number
  /** Failed jobs in the view. */
  count: number
}

export function FailureGroupsPanel({
  result,
  filters,
  connectorsById,
  connectorsLoaded,
}: {
  /** Undefined while the failed jobs are being read. */
  result: FailureGroupsResult | undefined
  filters: JobFilters
  connectorsById: ReadonlyMap<string, ConnectorSummary>
  connectorsLoaded: boolean
}) {
  const [open, setOpen] = useState(false)
  const groups = result?.groups ?? []
  const chosen = filters.error ? groups.find((group) => group.key === filters.error) : undefined
  const listed = chosen ? [chosen] : groups.slice(0, SHOWN_GROUPS)
  const { page: _page, size: _size, ...view } = filters
  return (
    <section className="failure-groups" aria-labelledby="failure-groups-title" aria-busy={result === undefined}>
      <div className="failure-groups-head">
        <h2 id="failure-groups-title">Failures by message</h2>
        {chosen || groups.length === 0 ? null : (
          <Button size="small" aria-expanded={open} aria-controls="failure-groups-list" onClick={() => setOpen(!open)}>
            {open ? 'Hide the messages' : 'Show the messages'}
          </Button>
        )}
      </div>
      <p className="muted failure-groups-scope">
        {result === undefined ? (
          'Reading the failed jobs of this view…'
        ) : groups.length === 0 ? (
          'No failed jobs in this view.'
        ) : (
          <>
            {formatCount(groups.length)} {groups.length === 1 ? 'message' : 'different messages'} across{' '}
            {result.sampled < result.count
              ? `the newest ${formatCount(result.sampled)} of ${formatCount(result.count)} failed jobs`
              : `${formatCount(result.sampled)} failed ${result.sampled === 1 ? 'job' : 'jobs'}`}
          </>
        )}
        {filters.error ? (
          <>
            {' · '}
            <Link to={paths.jobsWith({ ...view, error: '' })}>Show every failure</Link>
          </>
        ) : null}
      </p>
      <ul id="failure-groups-list" hidden={!chosen && !open}>
        {listed.map((group) => {
          const orphaned = connectorsLoaded && group.connectorIds.every((id) => !connectorsById.has(id))
          const known = explainFailure(group.message, orphaned)
          const names = group.connectorIds.map((id) => connectorsById.get(id)?.name || id)
          return (
            <li key={group.key} className="failure-group">
              <p className="failure-message mono">{group.message}</p>
              {known ? (
                <div className="failure-known">
                  <p>
                    <strong>{known.title}.</strong> {known.explanation}
                  </p>
                  <p>
                    <strong>Next step:</strong> {known.nextStep}
                  </p>
                </div>
              ) : null}
              <p className="failure-facts">
                <span>
                  {formatCount(group.jobIds.length)} {group.jobIds.length === 1 ? 'job' : 'jobs'}
                </span>
                {' · '}
                <span title={names.join(', ')}>
                  {names.length === 1 ? names[0] : `${formatCount(names.length)} connectors: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}`}
                </span>
                {' · first seen '}
                <TimeLabel value={iso(group.firstSeen)} />
                {' · last seen '}
                <TimeLabel value={iso(group.lastSeen)} />
              </p>
              {group.key !== filters.error ? (
                <Link to={paths.jobsWith({ ...view, statuses: ['error'], error: group.key })}>
                  Show {group.jobIds.length === 1 ? 'this job' : `these ${formatCount(group.jobIds.length)} jobs`}
                  <span className="visually-hidden">: {group.message.slice(0, 80)}</span>
                </Link>
              ) : null}
            </li>
          )
        })}
      </ul>
      {!chosen && open && groups.length > SHOWN_GROUPS ? <p className="muted">{formatCount(groups.length - SHOWN_GROUPS)} more messages, fewer jobs each.</p> : null}
    </section>
  )
}
