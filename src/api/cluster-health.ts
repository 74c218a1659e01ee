// Whether the cluster answers, from what the app's own requests see: every query and mutation that
// settles tells, so the header needs no requests of its own. The latest outcome wins — a request that
// failed in a way that may pass (no answer, 429, 5xx: EsError.isTransient, after the query client's
// retries) after the latest answer means the cluster is failing now; any answer after it, even a
// refusal such as a 404, means it is back. Requests that never reach the cluster (the dashboard
// server's own config) say nothing about it and are left out (their query's meta is NOT_THE_CLUSTER).
// One store per QueryClient, fed by its caches' events.
import type { Query, QueryClient } from '@tanstack/react-query'
import { isEsError, type EsError } from './es-error.ts'

export interface ClusterHealth {
  /** The failure of the latest request when no answer came after it; undefined while requests are answered. */
  failing: EsError | undefined
}

interface HealthStore {
  snapshot: ClusterHealth
  listeners: Set<() => void>
}

/** A request that settled: answered (error undefined, or a refusal) or failed. */
interface Outcome {
  at: number
  error?: unknown
}

/** The `meta` of a query answered by the dashboard server itself, not by the cluster. */
export const NOT_THE_CLUSTER = { reachesCluster: false } as const

const reachesCluster = (query: Query) => query.meta?.reachesCluster !== false

const ANSWERING: ClusterHealth = { failing: undefined }
const stores = new WeakMap<QueryClient, HealthStore>()

function after(current: ClusterHealth, { error }: Outcome): ClusterHealth {
  if (isEsError(error) && error.isTransient) return current.failing === error ? current : { failing: error }
  return current.failing === undefined ? current : ANSWERING
}

/** What the query cache already holds when the store starts: its answers and failures, in time order. */
function initialHealth(queries: readonly Query[]): ClusterHealth {
  const outcomes: Outcome[] = []
  for (const { state } of queries.filter(reachesCluster)) {
    if (state.dataUpdatedAt > 0) outcomes.push({ at: state.dataUpdatedAt })
    if (state.error) outcomes.push({ at: state.errorUpdatedAt, error: state.error })
  }
  return outcomes.sort((a, b) => a.at - b.at).reduce(after, ANSWERING)
}

/** The outcome a cache event reports, if it is a request settling (not a manual setQueryData). */
function settled(action: { type: string; manual?: boolean; error?: unknown }): Outcome | undefined {
  if (action.type === 'success' && !action.manual) return { at: Date.now() }
  if (action.type === 'error') return { at: Date.now(), error: action.error }
  return undefined
}

function storeFor(client: QueryClient): HealthStore {
  const existing = stores.get(client)
  if (existing) return existing
  const store: HealthStore = { snapshot: initialHealth(client.getQueryCache().getAll()), listeners: new Set() }
  const record = (action: { type: string; manual?: boolean; error?: unknown }) => {
    const outcome = settled(action)
    if (!outcome) return
    const snapshot = after(store.snapshot, outcome)
    if (snapshot === store.snapshot) return
    store.snapshot = snapshot
    for (const listener of store.listeners) listener()
  }
  // For the client's lifetime: the store belongs to the client, and the WeakMap lets both go together.
  client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && reachesCluster(event.query)) record(event.action)
  })
  client.getMutationCache().subscribe((event) => {
    if (event.type === 'updated') record(event.action)
  })
  stores.set(client, store)
  return store
}

export function readClusterHealth(client: QueryClient): ClusterHealth {
  return storeFor(client).snapshot
}

export function subscribeClusterHealth(client: QueryClient, listener: () => void): () => void {
  const store = storeFor(client)
  store.listeners.add(listener)
  return () => store.listeners.delete(listener)
}
