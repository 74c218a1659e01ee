// What shows while the first page's code is still loading: quiet, announced to screen readers, and only
// once the wait is long enough to notice. The server names the page's chunks in the HTML
// (server/route-preloads.ts), so they usually arrive with the entry script: the words would flash for a
// few frames before the page replaced them, a paint of nothing useful (and, on a slow phone, a page
// drawn twice in a row: Lighthouse's trace of /connectors showed the route's first render as a separate
// 37 ms task after that paint).
import { useEffect, useState } from 'react'

/** Waits shorter than this show nothing; people notice a delay from about 0.1 s and wait calmly to 1 s. */
export const LOADING_WORDS_AFTER_MS = 400

export function PageLoading() {
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), LOADING_WORDS_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  return <output className="muted page-loading">{slow ? 'Loading Syncboard…' : null}</output>
}
