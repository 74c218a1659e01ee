// "Skip to pagination": the first stop after the filters and chips, shown when focused, so a keyboard
// user gets past a page of rows in one key press. It moves focus itself: a bare #hash link would
// change the URL, which holds the list's filters.
import { type MouseEvent } from 'react'

export function SkipToPager({ target }: { target: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const pager = document.getElementById(target)
    if (!pager) return
    event.preventDefault()
    pager.focus({ preventScroll: true })
    // jsdom has no scrollIntoView.
    pager.scrollIntoView?.({ block: 'nearest' })
  }
  return (
    <div className="skip-to-pager-slot">
      <a className="skip-to-pager" href={`#${target}`} onClick={skip}>
        Skip to pagination
      </a>
    </div>
  )
}
