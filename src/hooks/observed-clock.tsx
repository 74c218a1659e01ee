// The clock a view of job data measures against. Inside <ObservedClock> whose data's latest refresh
// failed, useNow answers the time of the last successful refresh instead of the wall clock (the rule
// is lib/durations.ts observedNow): durations and stuck flags stop growing while the cluster cannot be
// read — the dashboard's blindness is not the job's silence — and tick again once a refresh succeeds.
// "Updated … ago" texts read useWallClock, which never stands still.
import { createContext, type ReactNode } from 'react'
import { frozenAt, type Freshness } from '../lib/durations.ts'

/** The frozen "now" of the enclosing view, or undefined while its data is fresh. */
export const FrozenNow = createContext<number | undefined>(undefined)

export function ObservedClock({ updatedAt, failing, children }: Freshness & { children: ReactNode }) {
  return <FrozenNow value={frozenAt({ updatedAt, failing })}>{children}</FrozenNow>
}
