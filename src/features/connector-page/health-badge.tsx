// The connector's health in words and colour: exactly one of the five states (connector-health.ts),
// never colour alone. Service down and Failing are red (the first solid: nothing runs at all), Late
// amber, Never synced neutral, Healthy green.
import type { HealthState } from '../../lib/connector-health.ts'

const HEALTH_CLASSES: Record<HealthState, string> = {
  'Service down': 'health-down',
  Failing: 'health-failing',
  Late: 'health-late',
  'Never synced': 'health-never',
  Healthy: 'health-healthy',
}

export function HealthBadge({ state }: { state: HealthState }) {
  return <span className={`health-badge ${HEALTH_CLASSES[state]}`}>{state}</span>
}
