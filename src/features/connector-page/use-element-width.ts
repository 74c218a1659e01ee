// The width of an element, kept current as the window or the layout changes: the charts draw their
// SVG at the width they are given instead of scaling a fixed drawing (whose text would shrink to
// nothing on a phone). Where ResizeObserver is missing (jsdom), the fallback stays.
import { useLayoutEffect, useRef, useState } from 'react'

export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const measure = () => {
      const next = Math.floor(element.getBoundingClientRect().width)
      if (next > 0) setWidth(next)
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return { ref, width }
}
