// index.html as the dashboard serves a page of a dist folder without a build manifest: with the first
// reads it names for that page (server/route-data.ts) and the server's config, and nothing else added.
import { readTags, routeReads } from '../../../server/route-data.ts'
import { withPreloads } from '../../../server/route-preloads.ts'

/** The config tag as the browser must find it, spelt out here rather than by server/config-meta.ts. */
export function configTag({ readOnly, mode }: { readOnly: boolean; mode: 'embedded' | 'remote' }): string {
  return `<meta name="syncboard-config" content="{&quot;readOnly&quot;:${readOnly},&quot;mode&quot;:&quot;${mode}&quot;}">`
}

export function servedIndex(index: string, page: string, config = { readOnly: false, mode: 'embedded' as const }): string {
  const url = new URL(page, 'http://dashboard.test')
  return withPreloads(withPreloads(index, readTags(routeReads(url.pathname, url.search)).join('\n    ')), configTag(config))
}
