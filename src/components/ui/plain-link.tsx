// A link inside the app that costs what an <a> costs. react-router's <Link> runs a dozen hooks per
// render (href resolution, location, navigation, click handler); a list draws hundreds of links and
// redraws them with every refresh: on /jobs, <Link> was the component with the most time of its own
// (88 ms of a 4×-slowed load, measured with Preact's render hooks). A plain link is marked, and one
// listener for the whole document follows marked links in the page (src/app/follow-plain-links.ts).
// `to` is an absolute path from config/paths.ts: nothing is resolved against the current route.
import type { ComponentProps } from 'react'

/** The mark, as written below. */
export const PLAIN_LINK_ATTRIBUTE = 'data-plain-link'

export function PlainLink({ to, ...props }: { to: string } & Omit<ComponentProps<'a'>, 'href'>) {
  // Its content comes in `props.children` (or its name in `aria-label`), as with any link.
  // oxlint-disable-next-line jsx-a11y/anchor-has-content
  return <a {...props} href={to} data-plain-link="" />
}
