// Paging through the newest-first view: position, total, first/previous/next/last and page size.
// The size picker offers the common sizes, plus the current one when a link asked for another. It
// takes focus (not in the tab order) when the list's skip link leads to it.
import { useId } from 'react'
import { Button } from '../../components/ui/button.tsx'
import { formatCount } from '../../lib/format.ts'
import { PAGE_SIZES } from '../../lib/job-filters.ts'
import { countMayBeCapped, totalPages } from '../../lib/paging.ts'

export function Pager({
  id,
  page,
  size,
  count,
  countAtLeast = false,
  shown,
  onPage,
  onSize,
}: {
  /** Where the skip link before the table points. */
  id?: string
  page: number
  size: number
  /** Matching jobs; undefined while unknown. */
  count: number | undefined
  /** The count is a lower bound (a merged view filtered client-side stopped reading early). */
  countAtLeast?: boolean
  /** Rows on this page. */
  shown: number
  onPage: (page: number) => void
  onSize: (size: number) => void
}) {
  const sizeId = useId()
  const sizes = sizeOptions(size)
  const pages = count === undefined ? undefined : totalPages(count, size)
  const first = (page - 1) * size + 1
  const capped = count !== undefined && (countAtLeast || countMayBeCapped(count))
  const total = count === undefined ? '…' : `${formatCount(count)}${capped ? '+' : ''}`
  return (
    <nav id={id} className="pager" aria-label="Pagination" tabIndex={-1}>
      <p className="pager-range">
        {count === undefined ? (
          'Counting…'
        ) : shown > 0 ? (
          <>
            <strong>
              {formatCount(first)}–{formatCount(first + shown - 1)}
            </strong>{' '}
            of <strong>{total}</strong> {count === 1 ? 'job' : 'jobs'}, newest first
          </>
        ) : (
          <>
            <strong>{total}</strong> {count === 1 ? 'job' : 'jobs'}
          </>
        )}
      </p>
      <div className="pager-buttons">
        <Button size="small" onClick={() => onPage(1)} disabled={page <= 1}>
          First
        </Button>
        <Button size="small" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          Previous
        </Button>
        <span className="pager-page">
          Page {formatCount(page)}
          {pages !== undefined ? ` of ${formatCount(pages)}${capped ? '+' : ''}` : ''}
        </span>
        <Button size="small" onClick={() => onPage(page + 1)} disabled={pages === undefined || (page >= pages && !(countAtLeast && shown === size))}>
          Next
        </Button>
        <Button size="small" onClick={() => pages !== undefined && onPage(pages)} disabled={pages === undefined || page >= pages}>
          Last
        </Button>
      </div>
      <div className="pager-size">
        <label htmlFor={sizeId}>Per page</label>
        <select id={sizeId} value={size} onChange={(event) => onSize(Number(event.target.value))}>
          {sizes.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
    </nav>
  )
}

/** The common sizes and the current one, smallest first. */
function sizeOptions(current: number): number[] {
  const sizes: number[] = [...PAGE_SIZES]
  return sizes.includes(current) ? sizes : [...sizes, current].sort((a, b) => a - b)
}
