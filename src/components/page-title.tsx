// The tab's title for the page on screen. Set on document.title rather than with React 19's hoisted
// <title> element: Preact (React's runtime here, vite.config.ts) renders a <title> where it stands,
// in the body, so the head's title would never change. The job watcher keeps "(N) " before it
// (app/job-watcher.tsx).
import { useLayoutEffect } from 'react'

export function PageTitle({ children }: { children: string }) {
  useLayoutEffect(() => {
    document.title = children
  }, [children])
  return null
}
