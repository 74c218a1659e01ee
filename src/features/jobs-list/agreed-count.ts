// The chip of the current status and the pager count the same jobs. They used to come from two
// requests polled apart (a size=0 count and the page), so a job that arrived between them made
// "All 301" sit above "1–50 of 300" until the next poll. The page's answer carries the count of its
// filters, so once it is in, that chip shows it: chip, pager and rows come from one answer — when
// the chip counts exactly what the page does (one status or all, the chips' own connector scope, no
// filter the count request cannot apply).
import type { SyncStatus } from '../../../contract/es-connector-types.ts'
import type { StatusCounts } from './use-status-counts.ts'

/** The counts with the current status's chip set to the page's count (undefined: the page for these filters is not in, or counts other jobs). */
export function withPageCount(counts: StatusCounts, status: SyncStatus | '', pageCount: number | undefined): StatusCounts {
  return pageCount === undefined || counts[status] === pageCount ? counts : { ...counts, [status]: pageCount }
}
