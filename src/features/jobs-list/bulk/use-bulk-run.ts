// The bulk action running on the jobs list: one at a time, through the pure runner
// (lib/bulk-runner.ts) with four requests in flight at most. When it goes idle (finished, stopped, or
// a retry finished) the lists and counts are refreshed once and the action is recorded for this tab
// (recent-actions.ts) with its outcome and the jobs it created.
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState, useSyncExternalStore } from 'react'
import { syncJobKeys } from '../../../api/queries.ts'
import { createBulkRun, type BulkItem, type BulkOutcome, type BulkRun, type BulkSnapshot } from '../../../lib/bulk-runner.ts'
import { saveAction, type ActionRecord } from './recent-actions.ts'

export const BULK_CONCURRENCY = 4

export interface BulkTask {
  /** What the results list calls the item: a job id, or a connector and job type. */
  label: string
  run: () => Promise<BulkOutcome>
}

export interface BulkRunSpec {
  name: string
  items: BulkItem<BulkTask>[]
}

export interface ActiveRun {
  id: string
  name: string
  startedAt: number
  runner: BulkRun<BulkTask>
}

const noop = () => () => {}
const nothing = () => undefined

/** `onRecorded` should be stable (a state setter). */
export function useBulkRun({ onRecorded }: { onRecorded: (records: ActionRecord[]) => void }) {
  const client = useQueryClient()
  const [current, setCurrent] = useState<ActiveRun>()
  // The run as of now, not as of the last render: a double click on a confirmation must not start two.
  const latest = useRef<ActiveRun>(undefined)
  const snapshot: BulkSnapshot<BulkTask> | undefined = useSyncExternalStore(current?.runner.subscribe ?? noop, current?.runner.getSnapshot ?? nothing)

  const settle = useCallback(
    async (run: ActiveRun) => {
      await run.runner.whenIdle()
      const done = run.runner.getSnapshot()
      const createdIds = done.items.flatMap((item) => (item.state.phase === 'settled' && item.state.outcome.kind === 'done' && item.state.outcome.createdId ? [item.state.outcome.createdId] : []))
      onRecorded(saveAction({ id: run.id, name: run.name, startedAt: run.startedAt, counts: done.counts, createdIds }))
      await client.invalidateQueries({ queryKey: syncJobKeys.all })
    },
    [client, onRecorded],
  )

  const start = useCallback(
    (spec: BulkRunSpec) => {
      if (latest.current?.runner.getSnapshot().active) return undefined
      const runner = createBulkRun({ items: spec.items, perform: (task) => task.run(), concurrency: BULK_CONCURRENCY })
      const run: ActiveRun = { id: crypto.randomUUID().slice(0, 8), name: spec.name, startedAt: Date.now(), runner }
      latest.current = run
      setCurrent(run)
      runner.start()
      void settle(run)
      return run
    },
    [settle],
  )

  const retry = useCallback(() => {
    if (!current || current.runner.getSnapshot().active) return
    if (current.runner.retryFailed() > 0) void settle(current)
  }, [current, settle])

  const stop = useCallback(() => current?.runner.stop(), [current])
  const dismiss = useCallback(() => {
    if (!current?.runner.getSnapshot().active) setCurrent(undefined)
  }, [current])

  return { current, snapshot, start, retry, stop, dismiss }
}
