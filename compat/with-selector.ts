// What `use-sync-external-store/shim/with-selector` (used by @tanstack/react-store, so by React Table)
// resolves to with Preact: the same algorithm as React's CommonJS package (v1.7.0), as an ES module
// over preact/compat's useSyncExternalStore. React's package `require`s "react", which the test
// runner loads past Vite's aliases; this module goes through them. vite.config.ts aliases it.
// oxlint-disable react-hooks/exhaustive-deps -- ported as is: `inst` is a ref's value, read on purpose
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'preact/compat'

export function useSyncExternalStoreWithSelector<Snapshot, Selection>(
  subscribe: (onStoreChange: () => void) => () => void,
  getSnapshot: () => Snapshot,
  getServerSnapshot: undefined | null | (() => Snapshot),
  selector: (snapshot: Snapshot) => Selection,
  isEqual?: (a: Selection, b: Selection) => boolean,
): Selection {
  const instRef = useRef<{ hasValue: boolean; value: Selection | null } | null>(null)
  if (instRef.current === null) instRef.current = { hasValue: false, value: null }
  const inst = instRef.current
  const [getSelection, getServerSelection] = useMemo(() => {
    let hasMemo = false
    let memoizedSnapshot: Snapshot
    let memoizedSelection: Selection
    const memoizedSelector = (nextSnapshot: Snapshot): Selection => {
      if (!hasMemo) {
        hasMemo = true
        memoizedSnapshot = nextSnapshot
        const nextSelection = selector(nextSnapshot)
        if (isEqual !== undefined && inst.hasValue) {
          const current = inst.value as Selection
          if (isEqual(current, nextSelection)) return (memoizedSelection = current)
        }
        return (memoizedSelection = nextSelection)
      }
      const current = memoizedSelection
      if (Object.is(memoizedSnapshot, nextSnapshot)) return current
      const nextSelection = selector(nextSnapshot)
      if (isEqual !== undefined && isEqual(current, nextSelection)) {
        memoizedSnapshot = nextSnapshot
        return current
      }
      memoizedSnapshot = nextSnapshot
      return (memoizedSelection = nextSelection)
    }
    const serverSnapshot = getServerSnapshot ?? null
    return [() => memoizedSelector(getSnapshot()), serverSnapshot === null ? undefined : () => memoizedSelector(serverSnapshot())]
  }, [getSnapshot, getServerSnapshot, selector, isEqual])
  const value = useSyncExternalStore(subscribe, getSelection, getServerSelection)
  useEffect(() => {
    inst.hasValue = true
    inst.value = value
  }, [value])
  return value
}
