// The width of an element, following it as the window resizes (ResizeObserver). Undefined until the
// first measurement, which the browser makes before it paints the element, so a caller can leave out
// what depends on the width rather than draw it twice (at a guess, then at the real width); `fallback`
// where the browser cannot measure (jsdom).
import { useCallback, useState } from 'react'

export function useWidth<T extends HTMLElement>(fallback: number): [(element: T | null) => void, number | undefined] {
  const [width, setWidth] = useState(typeof ResizeObserver === 'undefined' ? fallback : undefined)
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0)
      if (measured > 0) setWidth(measured)
    })
    observer.observe(element)
    // React 19: a ref callback's cleanup runs when the element goes.
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
