// The rows' order as a control, for the cards of a narrow screen (they have no column headers to
// click): each sort in its natural direction — worst first, A → Z, stalest data first, longest
// failure streak first (lib/overview-filters.ts DEFAULT_DIRECTION).
import { Field } from '../../components/ui/field.tsx'
import { DEFAULT_DIRECTION, type OverviewFilters, type OverviewSort } from '../../lib/overview-filters.ts'

const SORT_LABELS: Record<OverviewSort, string> = {
  severity: 'Health, worst first',
  name: 'Name',
  freshness: 'Data fresh as of, stalest first',
  streak: 'Failures in a row, most first',
}

export function SortSelect({ sort, onSort }: { sort: OverviewSort; onSort: (change: Pick<OverviewFilters, 'sort' | 'direction'>) => void }) {
  return (
    <Field label="Sort by" className="sort-select">
      {(control) => (
        <select {...control} value={sort} onChange={(event) => onSort({ sort: event.target.value as OverviewSort, direction: DEFAULT_DIRECTION[event.target.value as OverviewSort] })}>
          {(Object.keys(SORT_LABELS) as OverviewSort[]).map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
