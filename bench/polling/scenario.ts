// What both polling benchmarks start: the dashboard server on the embedded emulator (a fresh one per
// run, built first if src/ changed), with the simulated worker off ("idle": nothing moves) or on
// ("busy"), and the system Chromium with the e2e specs' flags. For a busy run it also starts a few
// on-demand syncs through the API, so the jobs list's first page and a job page show moving jobs.
import type { ChildProcess } from 'node:child_process'
// @playwright/test re-exports Playwright's library API (playwright-core), which package.json does not list.
import { chromium } from '@playwright/test'
import type { ConnectorDocument, ListResponse, SyncJob } from '../../contract/es-connector-types.ts'
import { CHROMIUM_ARGS, chromiumPath } from '../../tools/chromium.ts'
import { buildIfNeeded } from '../list-page/build.ts'
import { freePort, root, startNode, waitUntilAnswering } from '../support.ts'

export type Activity = 'idle' | 'busy'

export interface Server {
  base: string
  process: ChildProcess
  stop: () => void
}

export interface FleetSize {
  /** The emulator's seeded connectors and jobs (its defaults when left out). */
  connectors?: number
  jobs?: number
}

export async function startServer(activity: Activity, { timeScale, connectors, jobs }: { timeScale?: number } & FleetSize = {}): Promise<Server> {
  buildIfNeeded(root)
  const port = await freePort()
  const env: Record<string, string> = {
    HOST: '127.0.0.1',
    PORT: String(port),
    EMULATOR_SEED: '7',
    EMULATOR_WORKER: activity === 'busy' ? 'true' : 'false',
    ...(connectors === undefined ? {} : { EMULATOR_CONNECTORS: String(connectors) }),
    ...(jobs === undefined ? {} : { EMULATOR_JOBS: String(jobs) }),
    ...(activity === 'busy' && timeScale !== undefined && timeScale !== 1 ? { EMULATOR_TIME_SCALE: String(timeScale) } : {}),
  }
  const child = startNode(['server/main.ts'], env)
  const base = `http://127.0.0.1:${port}`
  await waitUntilAnswering(`${base}/es/`, 180_000)
  return { base, process: child, stop: () => void child.kill() }
}

async function esJson<T>(base: string, path: string, init?: RequestInit): Promise<T> {
  // The server refuses a change that does not come from its own page (CSRF guard): say it does.
  const response = await fetch(`${base}/es${path}`, { ...init, headers: { 'content-type': 'application/json', origin: base } })
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Starts an on-demand full sync on each of the first `count` connected connectors; their ids. */
export async function startSyncs(base: string, count: number): Promise<string[]> {
  const connectors = await esJson<ListResponse<ConnectorDocument>>(base, '/_connector?size=100')
  const served = connectors.results.filter((connector) => connector.status === 'connected').slice(0, count)
  const ids: string[] = []
  for (const connector of served) {
    const created = await esJson<{ id: string }>(base, '/_connector/_sync_job', { method: 'POST', body: JSON.stringify({ id: connector.id, job_type: 'full', trigger_method: 'on_demand' }) })
    ids.push(created.id)
  }
  return ids
}

/** The newest job in one of `statuses` (the list is newest first on the emulator's default order). */
export async function newestJob(base: string, statuses: readonly string[]): Promise<SyncJob | undefined> {
  for (const status of statuses) {
    const page = await esJson<ListResponse<SyncJob>>(base, `/_connector/_sync_job?status=${status}&size=1`)
    if (page.results[0]) return page.results[0]
  }
  return undefined
}

export const getJob = (base: string, id: string) => esJson<SyncJob>(base, `/_connector/_sync_job/${encodeURIComponent(id)}`)

export const launchChromium = () => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
