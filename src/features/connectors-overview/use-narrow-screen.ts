// Whether the overview is on a narrow screen (a phone, a narrow window), where a row of nine columns
// would show two of them and scroll sideways: there each connector is a card instead. Follows the
// window as it is resized; false where the browser cannot say (no matchMedia, as in jsdom). The same
// breakpoint as the jobs list's cards (jobs-list/use-narrow-screen.ts: features do not share code).
import { useSyncExternalStore } from 'react'

/** Below this width each connector is a card; the same value as the stylesheet's card rules. */
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
