// The width of an element, following it as the window resizes (ResizeObserver). Undefined until the
// first measurement, so a caller can leave out what depends on the width rather than draw it twice (at
// a guess, then at the real width); `fallback` where the browser cannot measure (jsdom).
//
// The browser measures before it paints the element, inside the task that lays the page out; the first
// width is handed over a task later, so what it draws (the outcome chart: 11 to 20 ms here, the
// overview's costliest render) runs in a task of its own, not on top of that layout — one task of 47
// ms observed in a Lighthouse trace of /connectors. The caller keeps the space (outcome-chart.css).
import { useCallback, useState } from 'react'
import { yieldToMain } from '../../lib/yield-to-main.ts'

export function useWidth<T extends HTMLElement>(fallback: number): [(element: T | null) => void, number | undefined] {
  const [width, setWidth] = useState(typeof ResizeObserver === 'undefined' ? fallback : undefined)
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined
    let latest = 0
    let handedOver = false
    const observer = new ResizeObserver((entries) => {
      latest = Math.floor(entries[0]?.contentRect.width ?? 0)
      if (latest <= 0) return
      if (handedOver) setWidth(latest)
      else
        void yieldToMain().then(() => {
          handedOver = true
          setWidth(latest)
        })
    })
    observer.observe(element)
    // React 19: a ref callback's cleanup runs when the element goes.
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
