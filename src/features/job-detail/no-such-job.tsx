// What an unknown (or deleted) job id shows: Elasticsearch's 404 in words, and the way back.
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { JobHeading } from './job-heading.tsx'
import { PageTitle } from '../../components/page-title.tsx'

export function NoSuchJob({ id }: { id: string }) {
  return (
    <section className="page job-page">
      <PageTitle>No such sync job · Syncboard</PageTitle>
      <JobHeading>No such sync job</JobHeading>
      <div className="panel">
        <p>
          Elasticsearch has no sync job with the id <code className="job-id-inline">{id}</code>. It may have been deleted, or the link
          may be mistyped.
        </p>
        <p>
          <Link to={paths.jobs}>Back to the sync jobs</Link>
        </p>
      </div>
    </section>
  )
}
