// The route-level error boundary: an unknown address gets "Page not found" with a way back; anything
// else that throws while a page renders (a bug: the queries report Elasticsearch's failures in the
// page itself, and the jobs loader only prefetches) says so plainly instead of a blank page.
import { isRouteErrorResponse, Link, useNavigate, useRouteError } from 'react-router'
import { Button } from '../components/ui/button.tsx'
import { ScrollRegion } from '../components/ui/scroll-region.tsx'
import { paths } from '../config/paths.ts'

export function RouteError() {
  const error = useRouteError()
  const navigate = useNavigate()
  const retry = () => void navigate('.', { replace: true })
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section className="page">
        <h1>Page not found</h1>
        <p>
          There is nothing at this address. <Link to={paths.jobs}>Go to the sync jobs</Link>.
        </p>
      </section>
    )
  }
  const message = error instanceof Error ? error.message : String(error)
  return (
    <section className="page" role="alert">
      <h1>Something went wrong</h1>
      <p>The page failed to render. Reloading usually helps; if not, this is a bug in Syncboard.</p>
      <ScrollRegion as="pre" className="code-block" label="Error message">
        {message}
      </ScrollRegion>
      <Button onClick={retry}>Try again</Button>
    </section>
  )
}
