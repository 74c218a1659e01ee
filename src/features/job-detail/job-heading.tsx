// The job page's h1 in every state (loading, failed, unknown id, loaded): it takes focus when the
// operator arrives on the page, and again when a state change replaced the heading that had it.
import type { ReactNode } from 'react'
import { useHeadingFocus } from '../../hooks/use-heading-focus.ts'

export function JobHeading({ id, children }: { id?: string; children: ReactNode }) {
  const ref = useHeadingFocus()
  return (
    <h1 ref={ref} id={id} tabIndex={-1}>
      {children}
    </h1>
  )
}
