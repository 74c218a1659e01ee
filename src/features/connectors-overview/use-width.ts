// The width of an element, following it as the window resizes (ResizeObserver); `fallback` where the
// browser cannot measure (jsdom) or before the first measurement.
import { useCallback, useState } from 'react'

export function useWidth<T extends HTMLElement>(fallback: number): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(fallback)
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
