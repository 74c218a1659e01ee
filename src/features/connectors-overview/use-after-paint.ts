// True from the frame after `ready` first became true: what is not needed for the first screen (the
// chart's code) starts loading once that screen is painted, not before.
import { useEffect, useState } from 'react'

export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!ready || painted) return undefined
    // The frame after the one that paints the rows.
    let inner = 0
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => setPainted(true))
    })
    return () => {
      cancelAnimationFrame(outer)
      cancelAnimationFrame(inner)
    }
  }, [ready, painted])
  return painted
}
