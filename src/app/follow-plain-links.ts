// Follows the app's plain links (components/ui/plain-link.tsx) in the page: one listener on the
// document, for a plain click (the main button, no modifier key: a new tab or window, a download or
// the browser's own menu stay the browser's), on a same-origin link without a target, that nothing
// handled before it. Everything else is left to the browser.
import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import { PLAIN_LINK_ATTRIBUTE } from '../components/ui/plain-link.tsx'

/** Whether a click is the browser's plain follow of a link: not a new tab or window, not a download. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.defaultPrevented && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey
}

export function followPlainLinks(navigate: (to: string) => void, target: Document = document): () => void {
  const onClick = (event: MouseEvent) => {
    if (!isPlainClick(event)) return
    const link = event.target instanceof Element ? event.target.closest(`a[${PLAIN_LINK_ATTRIBUTE}]`) : null
    if (!(link instanceof HTMLAnchorElement) || link.origin !== target.location.origin) return
    if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return
    event.preventDefault()
    navigate(`${link.pathname}${link.search}${link.hash}`)
  }
  target.addEventListener('click', onClick)
  return () => target.removeEventListener('click', onClick)
}

/** Follows plain links while the app's frame is mounted. */
export function useFollowPlainLinks(): void {
  const navigate = useNavigate()
  useEffect(() => followPlainLinks((to) => void navigate(to)), [navigate])
}
