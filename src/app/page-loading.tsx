// What shows while a page's code is still loading: quiet, and announced to screen readers.
export function PageLoading() {
  return (
    <p className="muted page-loading" role="status">
      Loading Syncboard…
    </p>
  )
}
