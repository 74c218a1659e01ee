// The connector configuration of the snapshot. Sensitive values show as hidden: the server has
// replaced them (see RedactedValue), and one that still arrives marked sensitive is masked, so a
// secret never reaches the DOM and the placeholder never shows as a value.
import type { ConnectorConfigField, ConnectorConfiguration } from '../../../contract/es-connector-types.ts'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'
import { isEmptyValue, isHidden, MASK } from '../../lib/mask.ts'
import { compareCodeUnits } from '../../lib/compare.ts'

function displayValue(field: ConnectorConfigField): string {
  const value = field.value
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

export function ConfigurationTable({ configuration }: { configuration: ConnectorConfiguration | undefined }) {
  const entries = Object.entries(configuration ?? {}).filter(([, field]) => field && typeof field === 'object')
  if (entries.length === 0) return <p className="muted">No configuration.</p>
  entries.sort(([keyA, a], [keyB, b]) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || compareCodeUnits(keyA, keyB))
  return (
    // Scrolls sideways on a phone.
    <ScrollRegion className="table-wrap" label="Configuration table">
      <table className="data-table" aria-label="Configuration">
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([key, field]) => (
            <tr key={key}>
              <td>{field.label ?? key}</td>
              <td className="mono wrap">{key}</td>
              <td className="mono config-value">
                {isEmptyValue(field.value) ? (
                  <span className="muted">not set</span>
                ) : isHidden(field) ? (
                  <span className="masked">
                    <span aria-hidden="true">{MASK}</span>
                    <span className="visually-hidden">hidden (sensitive)</span>
                  </span>
                ) : (
                  displayValue(field)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
