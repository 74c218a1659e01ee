// Counts per health state (under the service-type and search filters) as chips that filter the table:
// a chip adds or removes its state, "All" clears the health filter. The words carry the meaning; the
// colours only help.
import { HEALTH_STATES, type HealthState } from '../../lib/connector-health.ts'
import { formatCount } from '../../lib/format.ts'
import { healthClass } from './health-words.ts'

export function HealthChips({
  counts,
  total,
  current,
  onChange,
}: {
  counts: Record<HealthState, number>
  total: number
  current: readonly HealthState[]
  onChange: (health: HealthState[]) => void
}) {
  const toggle = (state: HealthState) =>
    onChange(current.includes(state) ? current.filter((entry) => entry !== state) : HEALTH_STATES.filter((entry) => entry === state || current.includes(entry)))
  return (
    <fieldset className="health-chips">
      <legend className="visually-hidden">Connectors by health</legend>
      <button type="button" className="chip" aria-pressed={current.length === 0} onClick={() => onChange([])}>
        <span className="chip-label">All</span> <span className="chip-count">{formatCount(total)}</span>
      </button>
      {HEALTH_STATES.map((state) => (
        <button key={state} type="button" className={`chip ${healthClass(state)}`} aria-pressed={current.includes(state)} onClick={() => toggle(state)}>
          <span className="health-dot" aria-hidden="true" />
          <span className="chip-label">{state}</span> <span className="chip-count">{formatCount(counts[state])}</span>
        </button>
      ))}
    </fieldset>
  )
}
