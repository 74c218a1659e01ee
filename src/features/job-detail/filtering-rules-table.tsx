// The basic sync rules of the snapshot, in the order the connector applies them.
import type { FilteringRule } from '../../../contract/es-connector-types.ts'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'

export function FilteringRulesTable({ rules }: { rules: FilteringRule[] }) {
  if (rules.length === 0) return <p className="muted">No sync rules.</p>
  const ordered = [...rules].sort((a, b) => a.order - b.order)
  return (
    // Scrolls sideways on a phone.
    <ScrollRegion className="table-wrap" label="Sync rules table">
      <table className="data-table" aria-label="Sync rules">
        <thead>
          <tr>
            <th scope="col" className="num">
              Order
            </th>
            <th scope="col">Policy</th>
            <th scope="col">Field</th>
            <th scope="col">Rule</th>
            <th scope="col">Value</th>
            <th scope="col">Id</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((rule) => (
            <tr key={rule.id}>
              <td className="num">{rule.order}</td>
              <td>{rule.policy}</td>
              <td className="mono wrap">{rule.field}</td>
              <td>{rule.rule}</td>
              <td className="mono wrap">{rule.value}</td>
              <td className="mono wrap">{rule.id}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
