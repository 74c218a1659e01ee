// A container that scrolls (a wide table, a long JSON document): keyboard users must be able to
// reach it to scroll it, so it takes focus, and a focusable element needs a name, so it is a named
// region. Renders a <div> or, for preformatted text that scrolls itself, a <pre>.
import type { HTMLAttributes, Ref } from 'react'

export interface ScrollRegionProps extends Omit<HTMLAttributes<HTMLElement>, 'role' | 'tabIndex' | 'aria-label' | 'aria-labelledby'> {
  /** The region's accessible name: what scrolls inside it. */
  label: string
  as?: 'div' | 'pre'
  ref?: Ref<HTMLElement>
}

export function ScrollRegion({ label, as = 'div', ref, ...props }: ScrollRegionProps) {
  const Tag = as
  return (
    // An explicit role, not a <section>: the element that scrolls may have to be a <pre>.
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
    <Tag {...props} ref={ref as Ref<HTMLDivElement & HTMLPreElement>} role="region" aria-label={label} tabIndex={0} />
  )
}
