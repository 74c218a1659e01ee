// The overview's data: every connector and the jobs window (api/fleet.ts, refreshed every 30 s while
// the tab is visible), plus the own history of each connector whose row is, or was, on screen and
// whose history the window lacks — read only while its row is on screen. Health is measured at the
// time of the window's latest answer, so it changes when new data does, and stands still while the
// cluster cannot be read (the dashboard's blindness is not the connector's silence).
import { useQueries, useQuery } from '@tanstack/react-query'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { fleetQueries, type JobWindow } from '../../api/fleet.ts'
import type { NewestFirstPage } from '../../api/sync-job-pages.ts'
import { readSchedules } from '../../lib/connector-health.ts'
import { buildRows, fillRowCache, jobsByConnector, lacksHistory, type FleetRow, type RowCache } from './fleet-rows.ts'
import type { OnScreen } from './use-on-screen.ts'

const NO_HISTORIES: ReadonlyMap<string, NewestFirstPage> = new Map()

export function useFleet(onScreen: Pick<OnScreen, 'visible' | 'seen'>) {
  const connectors = useQuery(fleetQueries.connectors())
  const jobWindow = useQuery(fleetQueries.window())
  const windowData: JobWindow | undefined = jobWindow.data
  // The schedules are read as soon as the connectors are in, usually before the jobs window: the
  // measuring of the rows finds them ready.
  useEffect(() => {
    if (connectors.data) readSchedules(connectors.data)
  }, [connectors.data])

  // Connectors whose history the window lacks, decided from the window alone (so a row's own read
  // does not decide whether it is read).
  const lacking = useMemo(() => {
    if (!windowData || !connectors.data) return new Set<string>()
    const groups = jobsByConnector(windowData.jobs)
    return new Set(connectors.data.filter((connector) => lacksHistory(windowData, groups.get(connector.id))).map((connector) => connector.id))
  }, [windowData, connectors.data])

  const wanted = useMemo(() => [...onScreen.seen].filter((id) => lacking.has(id)).sort(), [onScreen.seen, lacking])
  const results = useQueries({ queries: wanted.map((id) => ({ ...fleetQueries.history(id), enabled: onScreen.visible.has(id) })) })
  // A new map only when an answer arrived (a new map re-sorts every row).
  const signature = results.map((result, index) => `${wanted[index]}@${result.dataUpdatedAt}`).join(' ')
  const histories = useMemo(() => {
    const map = new Map<string, NewestFirstPage>()
    results.forEach((result, index) => {
      if (result.data?.kind === 'rows') map.set(wanted[index]!, result.data)
    })
    return map.size > 0 ? map : NO_HISTORIES
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- the signature stands for the results
  }, [signature])

  const cache = useRef<RowCache>(new Map())
  const now = jobWindow.dataUpdatedAt
  const connectorList = connectors.data
  // Health is measured a slice of connectors per task (fillRowCache), then the rows are sorted and
  // drawn from the cache; meanwhile the rows of the last measurement stay. Measured in the render that
  // draws them, 12 connectors were 7 to 12 ms of that task, and 1,000 connectors over a second. Data
  // already at hand when the page mounts (back from another page) is measured at once, as before:
  // the rows show in the page's first render instead of its loading state.
  const measured = useRef<readonly unknown[]>([])
  const [built, setBuilt] = useState<{ rows: FleetRow[] } | { error: unknown } | undefined>(() => {
    if (!connectorList || !windowData) return undefined
    measured.current = [connectorList, windowData, histories, now]
    return { rows: buildRows(connectorList, windowData, histories, now, cache.current) }
  })
  // A layout effect, so that the measuring starts a task after the data's render, not a frame after.
  useLayoutEffect(() => {
    if (!connectorList || !windowData) return undefined
    const inputs = [connectorList, windowData, histories, now]
    if (inputs.every((input, index) => input === measured.current[index])) return undefined
    let stopped = false
    fillRowCache(connectorList, windowData, histories, now, cache.current, () => stopped)
      .then((filled) => {
        if (!filled || stopped) return
        measured.current = inputs
        setBuilt({ rows: buildRows(connectorList, windowData, histories, now, cache.current) })
      })
      .catch((error: unknown) => {
        if (!stopped) setBuilt({ error })
      })
    return () => {
      stopped = true
    }
  }, [connectorList, windowData, histories, now])
  // A failure to measure is the page's, as it was when health was measured while rendering.
  if (built && 'error' in built) throw built.error
  const rows = built?.rows

  return { connectors, jobWindow, rows, now, historiesRead: histories.size }
}
