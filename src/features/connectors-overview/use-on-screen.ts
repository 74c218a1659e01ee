// Which rows are on screen: one IntersectionObserver for the whole table, each row registering its
// element under its key. The overview reads a connector's own history only while its row is on screen
// (or has been: what was read stays shown). Where the browser has no IntersectionObserver (jsdom),
// every registered row counts as on screen.
import { useEffect, useState } from 'react'

/** Rows this close below or above the viewport count as on screen, so scrolling finds them filled. */
const MARGIN = '200px 0px'

export interface OnScreen {
  /** Keys on screen now. */
  visible: ReadonlySet<string>
  /** Keys that have been on screen since the page opened. */
  seen: ReadonlySet<string>
  /** A ref callback for the row with this key (the same function for the same key). */
  observe: (key: string) => (element: HTMLElement | null) => void
}

type SetKeys = (update: (previous: ReadonlySet<string>) => ReadonlySet<string>) => void

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((key) => b.has(key))

/** The observer and the rows' registrations, outside React; it reports through the two setters. */
function createTracker(setVisible: SetKeys, setSeen: SetKeys) {
  const keys = new WeakMap<Element, string>()
  const current = new Set<string>()
  const refs = new Map<string, (element: HTMLElement | null) => void>()
  let observer: IntersectionObserver | undefined

  const publish = () => {
    const next = new Set(current)
    setVisible((previous) => (sameSet(previous, next) ? previous : next))
    setSeen((previous) => ([...next].every((key) => previous.has(key)) ? previous : new Set([...previous, ...next])))
  }

  // Made on first use: rows register (ref callbacks) before the page's effects run.
  const getObserver = (): IntersectionObserver | undefined => {
    if (typeof IntersectionObserver === 'undefined') return undefined
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const key = keys.get(entry.target)
          if (key === undefined) continue
          if (entry.isIntersecting) current.add(key)
          else current.delete(key)
        }
        publish()
      },
      { rootMargin: MARGIN },
    )
    return observer
  }

  const observe = (key: string) => {
    const known = refs.get(key)
    if (known) return known
    let element: HTMLElement | null = null
    const ref = (next: HTMLElement | null) => {
      if (element) {
        observer?.unobserve(element)
        keys.delete(element)
      }
      element = next
      if (next) {
        keys.set(next, key)
        const instance = getObserver()
        if (instance) {
          instance.observe(next)
          return
        }
        current.add(key)
      } else {
        current.delete(key)
      }
      // Without an observer, registering is being on screen; publish after React's commit.
      queueMicrotask(publish)
    }
    refs.set(key, ref)
    return ref
  }

  const stop = () => {
    observer?.disconnect()
    observer = undefined
  }

  return { observe, stop }
}

export function useOnScreen(): OnScreen {
  const [visible, setVisible] = useState<ReadonlySet<string>>(() => new Set())
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set())
  const [tracker] = useState(() => createTracker(setVisible, setSeen))
  useEffect(() => tracker.stop, [tracker])
  return { visible, seen, observe: tracker.observe }
}
