// The route-level error boundary: server failures and unreachable clusters land here with a retry;
// anything else (a bug) says so plainly instead of a blank page.
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { isRouteErrorResponse, Link, useNavigate, useRouteError } from 'react-router'
import { isEsError } from '../api/es-error.ts'
import { ErrorPanel } from '../components/error-panel.tsx'
import { paths } from '../config/paths.ts'

export function RouteError() {
  const error = useRouteError()
  const navigate = useNavigate()
  const { reset } = useQueryErrorResetBoundary()
  const retry = () => {
    reset()
    void navigate('.', { replace: true })
  }
  if (isEsError(error)) {
    return (
      <section className="page">
        <ErrorPanel error={error} onRetry={retry} />
      </section>
    )
  }
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
      <pre className="code-block">{message}</pre>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </section>
  )
}
