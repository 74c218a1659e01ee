// Moves focus to a page's heading when the operator arrives on the page, so keyboard and screen
// reader users start at the new content instead of on the body (or on a link of a page that is gone).
// The heading needs tabIndex={-1}. Only on arrival: a page that re-renders (a filter change, a poll)
// never takes focus back, and the first page of a visit is left alone (the browser starts at the top).
// A page that swaps its heading on the same visit (loading → loaded) moves focus to the new one only
// when focus was lost with the old one.
import { useEffect, useEffectEvent, useRef } from 'react'
import { useLocation } from 'react-router'

/** The location (by router key) whose heading last took focus: one arrival, one move. */
let arrivedAt: string | undefined

export function useHeadingFocus<T extends HTMLElement = HTMLHeadingElement>() {
  const ref = useRef<T>(null)
  const { key } = useLocation()
  const arrive = useEffectEvent(() => {
    const heading = ref.current
    // The router's key of the entry a visit starts on.
    if (!heading || key === 'default') return
    const active = document.activeElement
    const lost = active === null || active === document.body
    if (key === arrivedAt && !lost) return
    arrivedAt = key
    heading.focus()
  })
  useEffect(() => arrive(), [])
  return ref
}
