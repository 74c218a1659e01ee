// The job id: the link to its page (the id itself is the link text) and a copy button; in the jobs
// list, after the row's selection checkbox (bulk/select-boxes.tsx), which renders only where bulk
// actions are offered. Memoised: a row drawn again because its connector's name arrived keeps its id cell.
import { memo } from 'react'
import { PlainLink } from '../../components/ui/plain-link.tsx'
import { paths } from '../../config/paths.ts'
import { CopyButton } from '../../components/copy-button.tsx'
import type { BulkJob } from '../../lib/bulk-eligibility.ts'
import { RowSelectBox } from './bulk/select-boxes.tsx'

export const JobIdCell = memo(function JobIdCell({ id, job }: { id: string; job?: BulkJob }) {
  return (
    <span className="id-cell">
      {job ? <RowSelectBox job={job} /> : null}
      <PlainLink to={paths.job(id)} className="mono job-link">
        {id}
      </PlainLink>
      <CopyButton value={id} label="Copy" variant="ghost" className="copy" />
    </span>
  )
})
