// The connector page's h1 in every state (loading, unknown id, loaded): it takes focus when the
// operator arrives on the page, and again when a state change replaced the heading that had it.
import type { ReactNode } from 'react'
import { useHeadingFocus } from '../../hooks/use-heading-focus.ts'

export function ConnectorHeading({ children }: { children: ReactNode }) {
  const ref = useHeadingFocus()
  return (
    <h1 ref={ref} id="connector-heading" tabIndex={-1}>
      {children}
    </h1>
  )
}
