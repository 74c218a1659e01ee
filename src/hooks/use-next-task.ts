// True from a task after `ready` first became true, and from then on. For what a page can start a
// moment after its first screen: the work it brings (a dozen requests' observers and fetch() calls,
// say) then runs in a task of its own, not in the one that draws the page.
import { useEffect, useState } from 'react'

export function useNextTask(ready: boolean): boolean {
  const [later, setLater] = useState(false)
  useEffect(() => {
    if (!ready || later) return undefined
    const timer = setTimeout(() => setLater(true), 0)
    return () => clearTimeout(timer)
  }, [ready, later])
  return later
}
