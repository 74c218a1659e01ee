// The page `/jobs/new`: start an on-demand sync. `?connector_id=` preselects the connector (links
// from a connector's context).
import { useQuery } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { clusterQueries, connectorQueries } from '../../api/queries.ts'
import { paths } from '../../config/paths.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { useHeadingFocus } from '../../hooks/use-heading-focus.ts'
import { parseConnectorId, FILTER_PARAMS } from '../../lib/job-filters.ts'
import { CreateJobForm } from './create-job-form.tsx'
import './create-job.css'
import { PageTitle } from '../../components/page-title.tsx'

export default function CreateJobPage() {
  const [searchParams] = useSearchParams()
  const connectors = useQuery(connectorQueries.all())
  const config = useQuery(clusterQueries.serverConfig())
  const preselected = parseConnectorId(searchParams.get(FILTER_PARAMS.connector))
  const headingRef = useHeadingFocus()
  return (
    <section className="page create-job-page" aria-labelledby="create-job-heading">
      <p className="job-back">
        <Link to={paths.jobs}>← All sync jobs</Link>
      </p>
      <PageTitle>New sync job · Syncboard</PageTitle>
      <h1 id="create-job-heading" ref={headingRef} tabIndex={-1}>
        New sync job
      </h1>
      <p className="muted create-intro">
        Starts a sync now: Elasticsearch queues a <strong>pending</strong> job, which a connector service running for that connector
        picks up within about 30 seconds.
      </p>
      {connectors.isError ? (
        <ErrorPanel error={connectors.error} onRetry={() => void connectors.refetch()} retrying={connectors.isFetching} />
      ) : null}
      <CreateJobForm connectors={connectors.data} initialConnectorId={preselected} readOnly={config.data?.readOnly === true} />
    </section>
  )
}
