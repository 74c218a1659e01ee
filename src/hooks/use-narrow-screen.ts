// Whether the page is on a narrow screen (a phone, a narrow window), where a table row of many columns
// would show two of them and scroll sideways: there the jobs list and the connectors overview show one
// card per row instead. Follows the window as it is resized; false where the browser cannot say (no
// matchMedia, as in jsdom). One breakpoint for every page that switches to cards, so they switch
// together; the stylesheets' card rules use the same value (jobs-list.css, workers.css).
import { useSyncExternalStore } from 'react'

/** Below this width each row is a card; the same value as the stylesheets' card rules. */
export const NARROW_QUERY = '(max-width: 719.98px)'

function mediaQuery(): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : undefined
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery()
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => mediaQuery()?.matches ?? false, () => false)
}
