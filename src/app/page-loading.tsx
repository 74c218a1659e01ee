// What shows while a page's code is still loading: quiet, and announced to screen readers.
export function PageLoading() {
  return (
    <output className="muted page-loading">
      Loading Syncboard…
    </output>
  )
}
