// What `react` resolves to at run time (vite.config.ts's aliases): Preact's compat layer, plus the
// one React 19 hook react-router's RouterProvider imports that preact/compat lacks. Its types stay
// React's for the app (src/ imports `react` and is checked against @types/react).
//
// useOptimistic: React shows the optimistic value only while a transition is pending. Preact has no
// transitions (startTransition runs its callback at once), so there is never a pending transition to
// show it in: the passed-through state is the answer, and setting an optimistic value does nothing.
// react-router calls the setter only with `<RouterProvider useTransitions>`, which this app does not use.
import * as compat from 'preact/compat'

// @ts-expect-error -- preact/compat's typings declare `export =`, which `export *` cannot re-export
// for the checker; the module itself is ES, and Vite re-exports every binding.
export * from 'preact/compat'

export function useOptimistic<S>(passthrough: S): [S, (action: unknown) => void] {
  return [passthrough, () => {}]
}

export default { ...compat, useOptimistic }
