// The job id: the link to its page (the id itself is the link text) and a copy button.
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { CopyButton } from '../../components/copy-button.tsx'

export function JobIdCell({ id }: { id: string }) {
  return (
    <span className="id-cell">
      <Link to={paths.job(id)} className="mono job-link">
        {id}
      </Link>
      <CopyButton value={id} label="Copy" variant="ghost" className="copy" />
    </span>
  )
}
