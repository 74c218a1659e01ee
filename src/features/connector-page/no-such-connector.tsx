// What an unknown (or deleted) connector id shows: Elasticsearch's 404 in words, and the way back.
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { ConnectorHeading } from './connector-heading.tsx'
import { PageTitle } from '../../components/page-title.tsx'

export function NoSuchConnector({ id }: { id: string }) {
  return (
    <section className="page connector-page">
      <PageTitle>No such connector · Syncboard</PageTitle>
      <ConnectorHeading>No such connector</ConnectorHeading>
      <div className="panel">
        <p>
          Elasticsearch has no connector with the id <code className="id-inline">{id}</code>. It may have been deleted, or the link may be
          mistyped.
        </p>
        <p>
          <Link to={paths.connectors}>Back to the connectors</Link>
        </p>
      </div>
    </section>
  )
}
