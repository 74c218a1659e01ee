// index.html as the dashboard serves a page of a dist folder without a build manifest: with the first
// reads it names for that page (server/route-data.ts), and nothing else added.
import { readTags, routeReads } from '../../../server/route-data.ts'
import { withPreloads } from '../../../server/route-preloads.ts'

export function servedIndex(index: string, page: string): string {
  const url = new URL(page, 'http://dashboard.test')
  return withPreloads(index, readTags(routeReads(url.pathname, url.search)).join('\n    '))
}
