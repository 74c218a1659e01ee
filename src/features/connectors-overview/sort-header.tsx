// A sortable column header: a button that sorts by the column (again: the other way round), with the
// current order on the header cell as aria-sort and drawn as an arrow.
import type { ReactNode } from 'react'
import type { OverviewSort, SortDirection } from '../../lib/overview-filters.ts'

/** Which way the rows run under each sort and direction, as aria-sort says it. */
const ARIA_SORT: Record<OverviewSort, Record<SortDirection, 'ascending' | 'descending'>> = {
  severity: { asc: 'ascending', desc: 'descending' },
  name: { asc: 'ascending', desc: 'descending' },
  // Stalest first is oldest fresh-as-of first: ascending in time.
  freshness: { asc: 'ascending', desc: 'descending' },
  // The natural order (desc) puts the longest streak first.
  streak: { asc: 'ascending', desc: 'descending' },
}

export function SortHeader({
  sort,
  current,
  direction,
  onSort,
  className,
  hint,
  children,
}: {
  sort: OverviewSort
  current: OverviewSort
  direction: SortDirection
  onSort: (sort: OverviewSort) => void
  className?: string
  hint?: string
  children: ReactNode
}) {
  const active = sort === current
  return (
    <th scope="col" className={className} aria-sort={active ? ARIA_SORT[sort][direction] : undefined} title={hint}>
      <button type="button" className="sort-button" onClick={() => onSort(sort)}>
        {children}
        <span className={active ? `sort-arrow sort-${direction}` : 'sort-arrow'} aria-hidden="true" />
      </button>
    </th>
  )
}
