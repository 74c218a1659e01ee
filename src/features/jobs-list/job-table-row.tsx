// One row of the jobs table. Memoised on the job and connector objects: React Query keeps an
// unchanged job the same object across polls (structural sharing), so a poll re-renders only the
// rows that changed.
import { FlexRender, type Row } from '@tanstack/react-table'
import { memo, type Ref } from 'react'
import { COLUMN_LAYOUT, type jobTableFeatures } from './job-columns.tsx'
import type { JobRow } from './job-row.ts'

interface Props {
  row: Row<typeof jobTableFeatures, JobRow>
  /** 1-based position among all rows (header row = 1), for screen readers when rows are virtualised. */
  rowIndex: number
  measureRef?: Ref<HTMLTableRowElement>
  virtualIndex?: number
}

function JobTableRowImpl({ row, rowIndex, measureRef, virtualIndex }: Props) {
  return (
    <tr ref={measureRef} data-index={virtualIndex} aria-rowindex={rowIndex} data-status={row.original.job.status}>
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={COLUMN_LAYOUT[cell.column.id]?.numeric ? `num col-${cell.column.id}` : `col-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
}

export const JobTableRow = memo(
  JobTableRowImpl,
  (prev, next) =>
    prev.row.original.job === next.row.original.job &&
    prev.row.original.connector === next.row.original.connector &&
    prev.row.original.connectors === next.row.original.connectors &&
    prev.rowIndex === next.rowIndex &&
    prev.virtualIndex === next.virtualIndex &&
    prev.measureRef === next.measureRef,
)
