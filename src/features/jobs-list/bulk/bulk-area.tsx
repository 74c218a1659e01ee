// Everything bulk on the jobs list, around the table it wraps: the selection (a store the row
// checkboxes read through context; kept across refreshes, cleared when the filters change), the
// toolbar, the confirmation, the running action with its results, and this tab's recent actions.
// With `?action=<id>` the rows are narrowed to the jobs that action created (recent-actions.ts); while
// the operator reads, the rows keep still and new jobs wait behind "N new jobs" (use-keep-still.ts);
// j / k / Enter / x / '/' / ? work the list from the keyboard (use-list-shortcuts.ts).
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import type { ConnectorSummary } from '../../../../contract/es-connector-types.ts'
import { RESULT_WINDOW } from '../../../../contract/es-connector-types.ts'
import { bulkRequests } from '../../../api/bulk-jobs.ts'
import { Button } from '../../../components/ui/button.tsx'
import { runAgainTargets, summarise, type BulkAction, type BulkJob } from '../../../lib/bulk-eligibility.ts'
import type { BulkItem } from '../../../lib/bulk-runner.ts'
import { FILTER_PARAMS } from '../../../lib/job-filters.ts'
import { JOB_TYPE_LABELS } from '../../../lib/labels.ts'
import { joinConnectors, type JobRow } from '../job-row.ts'
import { BulkDialog, type BulkChoice } from './bulk-dialog.tsx'
import { BulkRunPanel } from './bulk-run-panel.tsx'
import { BULK_LABELS, BulkToolbar, type MatchingState } from './bulk-toolbar.tsx'
import { plural } from './bulk-words.ts'
import { RecentActions } from './recent-actions-list.tsx'
import { ReplayBar, replayTitle } from './replay.tsx'
import { ACTION_PARAM, findAction, loadRecentActions, type ActionRecord } from './recent-actions.ts'
import { SelectionContext, SelectionStore, useSelectedJobs } from './selection.ts'
import { useBulkRun, type BulkTask } from './use-bulk-run.ts'
import { ACTION_JOBS_SHOWN, useActionJobs } from './use-action-jobs.ts'
import { useKeepStill, useReading } from './use-keep-still.ts'
import { useListShortcuts } from './use-list-shortcuts.ts'
import { ShortcutsHelp } from './shortcuts-help.tsx'
import './bulk.css'

/** The URL without paging and the action narrowing: a change of it is a change of filters. */
function selectionKey(search: string): string {
  const params = new URLSearchParams(search)
  params.delete(FILTER_PARAMS.page)
  params.delete(FILTER_PARAMS.size)
  params.delete(ACTION_PARAM)
  params.sort()
  return params.toString()
}

export function BulkArea({
  rows,
  fetchMatching,
  count,
  readOnly,
  connectors,
  settled,
  children,
}: {
  rows: JobRow[] | undefined
  /** False while `rows` are the previous view's, shown until the new page answers (placeholder data). */
  settled: boolean
  /** Fetches every job the view matches, or its failed ones (matching-jobs.ts); undefined when the view cannot be listed whole. */
  fetchMatching: ((options?: { failedOnly?: boolean }) => Promise<BulkJob[]>) | undefined
  /** Jobs the view matches, when known. */
  count: number | undefined
  readOnly: boolean
  connectors: readonly ConnectorSummary[] | undefined
  /** Renders the table with the rows to show (narrowed by `?action=`). */
  children: (rows: JobRow[] | undefined) => ReactNode
}) {
  const client = useQueryClient()
  const [store] = useState(() => new SelectionStore())
  const { search } = useLocation()
  const [searchParams, setSearchParams] = useSearchParams()
  const key = selectionKey(search)
  const selected = useSelectedJobs(store)
  const [dialog, setDialog] = useState<BulkAction>()
  const [recent, setRecent] = useState<ActionRecord[]>(() => loadRecentActions())
  // Belongs to the filters it was asked under: another view starts without it.
  const [matchingOf, setMatching] = useState<{ key: string; loading: boolean; error: string | undefined }>()
  const matching = matchingOf?.key === key ? matchingOf : { loading: false, error: undefined }
  const bulk = useBulkRun({ onRecorded: setRecent })
  // Incident replay: the view's failed jobs, fetched when asked, shown before anything runs.
  const [replay, setReplay] = useState<{ jobs: BulkJob[]; name: string }>()
  const [replayOf, setReplayState] = useState<{ key: string; loading: boolean; error: string | undefined }>()
  const replayState = replayOf?.key === key ? replayOf : { loading: false, error: undefined }
  const connectorsById = useMemo(() => new Map((connectors ?? []).map((connector) => [connector.id, connector])), [connectors])

  // A change of filters is another set of jobs: the selection does not carry over.
  useEffect(() => store.forView(key), [key, store])

  const actionId = searchParams.get(ACTION_PARAM)
  const narrowing = useMemo(() => (actionId ? (recent.find((record) => record.id === actionId) ?? findAction(actionId)) : undefined), [actionId, recent])
  // The jobs the action created, read by id wherever they are (not only those on this page).
  const actionJobs = useActionJobs(actionId, narrowing?.createdIds)
  const narrowed = useMemo(() => {
    if (!actionId) return rows
    if (!narrowing) return []
    return actionJobs.data ? joinConnectors(actionJobs.data, connectorsById, connectors ? 'loaded' : 'loading') : undefined
  }, [rows, actionId, narrowing, actionJobs.data, connectorsById, connectors])

  const [help, setHelp] = useState(false)
  const openHelp = useCallback(() => setHelp(true), [])
  useListShortcuts({ onHelp: openHelp })

  // While the operator reads (scrolled, rows selected, an error open), new jobs wait behind a button.
  const reading = useReading()
  // Placeholder rows belong to the previous page or filters: holding them under the new view would keep
  // that old page on screen once the new one answers, so nothing is held until the new rows are in.
  const still = useKeepStill(narrowed, { holding: settled && (reading || selected.length > 0), view: `${key}|${searchParams.get(FILTER_PARAMS.page) ?? ''}|${searchParams.get(FILTER_PARAMS.size) ?? ''}` })
  const shown = still.shown

  useEffect(() => store.setPage(shown?.map((row) => row.job) ?? []), [shown, store])

  const matchingState: MatchingState | undefined =
    fetchMatching && count !== undefined && !actionId ? { count, reachable: Math.min(count, RESULT_WINDOW), ...matching } : undefined

  const selectMatching = () => {
    if (!fetchMatching || matching.loading) return
    setMatching({ key, loading: true, error: undefined })
    fetchMatching().then(
      (jobs) => {
        // Ignored when the filters changed meanwhile (another view's jobs).
        store.replace(jobs, key)
        setMatching({ key, loading: false, error: undefined })
      },
      (error: unknown) => setMatching({ key, loading: false, error: error instanceof Error ? error.message : String(error) }),
    )
  }

  const confirm = (action: BulkAction, choice: BulkChoice, jobs: readonly BulkJob[], replayName?: string) => {
    const { eligible } = summarise(action, jobs)
    let items: BulkItem<BulkTask>[]
    let name: string
    if (action === 'runAgain') {
      const targets = runAgainTargets(eligible)
      items = targets.map((target) => ({
        key: target.key,
        input: {
          label: `${connectorsById.get(target.connectorId)?.name ?? target.connectorId} · ${(JOB_TYPE_LABELS[target.jobType] ?? target.jobType).toLowerCase()}`,
          run: () => bulkRequests.runAgain(client, target, choice.insist === true),
        },
      }))
      name = replayName ?? `Run again: ${plural(items.length, 'new sync')} for ${plural(eligible.length, 'job')}`
    } else {
      const message = choice.message ?? ''
      items = eligible.map((job) => ({
        key: job.id,
        input: {
          label: job.id,
          run: () => (action === 'cancel' ? bulkRequests.cancel(job) : action === 'markFailed' ? bulkRequests.markFailed(job.id, message) : bulkRequests.delete(job.id)),
        },
      }))
      name = `${BULK_LABELS[action]} of ${plural(items.length, 'job')}`
    }
    setDialog(undefined)
    setReplay(undefined)
    if (bulk.start({ name, items }) && !replayName) store.clear()
  }

  const startReplay = () => {
    if (!fetchMatching || replayState.loading) return
    setReplayState({ key, loading: true, error: undefined })
    fetchMatching({ failedOnly: true }).then(
      (jobs) => {
        setReplayState({ key, loading: false, error: undefined })
        setReplay({ jobs, name: replayTitle(jobs) })
      },
      (error: unknown) => setReplayState({ key, loading: false, error: error instanceof Error ? error.message : String(error) }),
    )
  }

  const busy = bulk.snapshot?.active === true
  return (
    <SelectionContext value={store}>
      {selected.length === 0 ? (
        <ReplayBar
          readOnly={readOnly}
          available={fetchMatching !== undefined && !actionId}
          busy={busy || replayState.loading}
          error={replayState.error}
          onReplay={startReplay}
        />
      ) : null}
      {selected.length > 0 ? (
        <BulkToolbar
          selected={selected}
          matching={matchingState}
          readOnly={readOnly}
          busy={busy}
          onSelectMatching={selectMatching}
          onClear={() => store.clear()}
          onAction={(action) => setDialog(action)}
        />
      ) : null}
      {dialog ? (
        <BulkDialog action={dialog} jobs={selected} connectorsById={connectorsById} onConfirm={(choice) => confirm(dialog, choice, selected)} onDismiss={() => setDialog(undefined)} />
      ) : null}
      {replay ? (
        <BulkDialog
          action="runAgain"
          title={`${replay.name}?`}
          jobs={replay.jobs}
          connectorsById={connectorsById}
          onConfirm={(choice) => confirm('runAgain', choice, replay.jobs, replay.name)}
          onDismiss={() => setReplay(undefined)}
        />
      ) : null}
      {bulk.current && bulk.snapshot ? (
        <BulkRunPanel
          key={bulk.current.id}
          name={bulk.current.name}
          actionId={bulk.current.id}
          snapshot={bulk.snapshot}
          onStop={bulk.stop}
          onRetry={bulk.retry}
          onClose={bulk.dismiss}
        />
      ) : null}
      {actionId ? (
        <p className="notice bulk-narrowing">
          {narrowing
            ? `Showing the ${narrowing.createdIds.length > ACTION_JOBS_SHOWN ? `newest ${ACTION_JOBS_SHOWN} of the ` : ''}${plural(narrowing.createdIds.length, 'job')} that “${narrowing.name}” created, whatever the filters.${actionJobs.isError ? ' They could not all be read; try again.' : ''}`
            : 'This action is not among this tab’s recent actions, so no job is shown.'}{' '}
          <Button
            size="small"
            variant="ghost"
            onClick={() =>
              setSearchParams((prev) => {
                const next = new URLSearchParams(prev)
                next.delete(ACTION_PARAM)
                return next
              })
            }
          >
            Show every job
          </Button>
        </p>
      ) : null}
      {still.newCount > 0 ? (
        <Button size="small" variant="primary" className="new-jobs" onClick={still.showNew}>
          {plural(still.newCount, 'new job')}
        </Button>
      ) : null}
      {help ? <ShortcutsHelp onClose={() => setHelp(false)} /> : null}
      {children(shown)}
      <RecentActions records={recent} />
    </SelectionContext>
  )
}
