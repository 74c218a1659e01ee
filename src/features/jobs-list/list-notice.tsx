// Why a page has no rows, in words, with the way out: nothing yet, nothing matching, a page past
// the end, or a page past Elasticsearch's 10,000-result window. And, under rows, when a merged view
// (several statuses or connectors) may miss jobs because one of its streams hit that window.
import { useId, type ReactNode } from 'react'
import type { StreamSpec } from '../../lib/merge-newest-first.ts'
import { STATUS_LABELS } from '../../lib/labels.ts'
import { Button } from '../../components/ui/button.tsx'
import { formatCount } from '../../lib/format.ts'
import type { ListOrder } from '../../lib/paging.ts'

export type NoticeKind = 'no-jobs' | 'no-match' | 'out-of-range' | 'beyond-window'

export function ListNotice({
  kind,
  page,
  lastPage,
  order,
  onClear,
  onPage,
  newJob,
  unknownConnectorId,
}: {
  kind: NoticeKind
  page: number
  lastPage: number | undefined
  order: ListOrder
  onClear: () => void
  onPage: (page: number) => void
  newJob: ReactNode
  /** The connector filter's id when the connector list is in and no connector has it. */
  unknownConnectorId?: string
}) {
  const titleId = useId()
  // Each notice is a region named by its title, so its own "Clear filters" is easy to tell apart.
  const region = { 'aria-labelledby': titleId, className: 'list-notice' }
  switch (kind) {
    case 'no-jobs':
      return (
        <section {...region}>
          <p className="notice-title" id={titleId}>No sync jobs yet</p>
          <p>This cluster has no sync jobs. Start one for a connector, or wait for a scheduled sync.</p>
          {newJob}
        </section>
      )
    case 'no-match':
      return (
        <section {...region}>
          <p className="notice-title" id={titleId}>No sync jobs match these filters</p>
          {unknownConnectorId ? (
            <p>
              No connector has the id <span className="mono">{unknownConnectorId}</span>, and no sync job refers to it. Check the id, or
              choose a connector from the list.
            </p>
          ) : (
            <p>Try another connector, status or job type.</p>
          )}
          <Button onClick={onClear}>
            Clear filters
          </Button>
        </section>
      )
    case 'out-of-range':
      return (
        <section {...region}>
          <p className="notice-title" id={titleId}>There is no page {formatCount(page)}</p>
          <p>{lastPage !== undefined ? `These filters give ${formatCount(lastPage)} ${lastPage === 1 ? 'page' : 'pages'}.` : 'The list is shorter now.'}</p>
          <Button onClick={() => onPage(lastPage ?? 1)}>
            {lastPage !== undefined && lastPage > 1 ? `Go to page ${formatCount(lastPage)}` : 'Go to the first page'}
          </Button>
        </section>
      )
    case 'beyond-window':
      return (
        <section {...region} className="list-notice warning">
          <p className="notice-title" id={titleId}>Too many jobs to page this far</p>
          <p>
            {order === 'desc'
              ? 'Elasticsearch pages through the first 10,000 matching jobs only, and this page lies beyond them.'
              : 'This cluster lists sync jobs oldest first (Elasticsearch 8.12) and pages through the first 10,000 only, so with this many matching jobs the newest ones cannot be reached.'}{' '}
            Narrow the filters — a connector, a status or a job type — to see these jobs.
          </p>
          {order === 'desc' && lastPage !== undefined ? (
            <Button onClick={() => onPage(lastPage)}>
              Go to page {formatCount(lastPage)}, the last one within reach
            </Button>
          ) : null}
        </section>
      )
  }
}

/** Under a merged page: these streams were cut by the window, so older jobs of theirs may be missing here. */
export function CutStreamsNote({ streams }: { streams: readonly StreamSpec[] }) {
  const names = streams.map((stream) =>
    [stream.status ? STATUS_LABELS[stream.status] : 'every status', stream.connectorId ? `connector ${stream.connectorId}` : ''].filter(Boolean).join(', '),
  )
  return (
    <p className="list-notice warning cut-streams" role="note">
      Elasticsearch pages through the first 10,000 jobs of each request only, and {names.length === 1 ? 'one of them' : `${names.length} of them`} ({names.join('; ')})
      ran past that: jobs of {names.length === 1 ? 'it' : 'them'} older than those shown may be missing from this page. Narrow the filters to
      see them.
    </p>
  )
}
