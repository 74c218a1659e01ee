// The first /es reads of a landing page, named in its index.html as `<link rel="preload" as="fetch">`:
// the browser starts them while it parses the page, beside the scripts, instead of once the scripts
// have arrived and run, and hands each answer to the app's own fetch() of the same URL (the app reads
// with the same mode and credentials, see src/api/client.ts). On a phone's network that is the time of
// the scripts' download and evaluation taken off the wait for the first rows.
//
// Only reads the page makes whatever its state, and only for the overview and the unfiltered jobs
// list: a job page's reads name the job, and a filtered list's the filters. A read named here that the
// app does not make would be a wasted request on the operators' cluster, so the table mirrors the
// loaders in src/app/router.tsx (server/ does not import src/; the filters both spell are in
// contract/read-filters.ts): test/src/app/route-data.test.ts runs each loader against the emulator,
// on a newest-first and an oldest-first cluster, and compares.
import { CONNECTOR_HEALTH_FILTER, CONNECTOR_SUMMARY_FILTER, SYNC_JOB_ROW_FILTER } from '../contract/read-filters.ts'
import { ES_PREFIX } from '../contract/syncboard-protocol.ts'

/** A read as the app's buildQuery writes it (src/api/client.ts): parameters in this order, URL-encoded. */
function read(path: string, query: Record<string, string | number>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) params.set(key, String(value))
  return `${ES_PREFIX}${path}?${params.toString()}`
}

export interface RouteData {
  pattern: RegExp
  /** The reads are the page's only with no query string (the jobs list's filters change them). */
  onlyWithoutQuery: boolean
  reads: readonly string[]
}

export const ROUTE_DATA: readonly RouteData[] = [
  {
    // `/` redirects to the overview. Its filters live in the address but apply to what these read.
    pattern: /^\/(connectors\/?)?$/,
    onlyWithoutQuery: false,
    reads: [
      read('/_connector', { from: 0, size: 1000, filter_path: CONNECTOR_HEALTH_FILTER }),
      read('/_connector/_sync_job', { from: 0, size: 1000, filter_path: SYNC_JOB_ROW_FILTER }),
    ],
  },
  {
    pattern: /^\/jobs\/?$/,
    onlyWithoutQuery: true,
    reads: [
      read('/_connector/_sync_job', { from: 0, size: 50, filter_path: SYNC_JOB_ROW_FILTER }),
      read('/_connector', { from: 0, size: 1000, filter_path: CONNECTOR_SUMMARY_FILTER }),
    ],
  },
]

/** The reads to preload for the page at `urlPath` with query string `search` ("" or "?…"). */
export function routeReads(urlPath: string, search: string): readonly string[] {
  const route = ROUTE_DATA.find((entry) => entry.pattern.test(urlPath))
  if (!route || (route.onlyWithoutQuery && search !== '' && search !== '?')) return []
  return route.reads
}

/** Pages that preload different reads get different copies of index.html. */
export function routeReadsKey(urlPath: string, search: string): string {
  return routeReads(urlPath, search).length === 0 ? '' : 'reads'
}

/** The `<link>` tags for `reads` (`crossorigin`: the credentials mode of the app's same-origin fetch). */
export function readTags(reads: readonly string[]): string[] {
  return reads.map((href) => `<link rel="preload" as="fetch" crossorigin href="${href.replaceAll('&', '&amp;')}">`)
}
