// Starts loading a page's code when a pointer comes over, or focus reaches, a link to it: by the time
// the click lands, the chunk is usually in, so the next page does not wait on it. Links are matched
// against the router's own route table (react-router `matchRoutes`), so every link in the app — the
// header, a row's job or connector link, a breadcrumb — is covered without each one knowing about it.
// The first page's chunks come with the HTML instead (server/route-preloads.ts).
import { matchRoutes, type RouteObject } from 'react-router'

/** Listens on `target` (the document) until the returned function is called. */
export function preloadOnIntent(routes: RouteObject[], target: Document = document): () => void {
  const started = new WeakSet<object>()

  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!(link instanceof HTMLAnchorElement) || link.origin !== target.location.origin) return
    for (const { route } of matchRoutes(routes, link.pathname) ?? []) {
      const { lazy } = route
      if (typeof lazy !== 'function' || started.has(route)) continue
      started.add(route)
      // A chunk that fails to load is reported when its page is opened, by the router.
      lazy().catch(() => started.delete(route))
    }
  }

  target.addEventListener('pointerover', onIntent, { passive: true })
  target.addEventListener('focusin', onIntent)
  return () => {
    target.removeEventListener('pointerover', onIntent)
    target.removeEventListener('focusin', onIntent)
  }
}
