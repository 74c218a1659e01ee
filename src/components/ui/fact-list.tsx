// A card's facts as a description list: each term and its value on one row of a two-column grid
// (the `.fact-list` styles in app/styles.css). The phone cards of the overview and of the workers page
// stack their wide rows' cells this way, labelled, so nothing needs sideways scrolling.
import type { ReactNode } from 'react'

export function FactList({ className, children }: { className?: string; children: ReactNode }) {
  return <dl className={className ? `fact-list ${className}` : 'fact-list'}>{children}</dl>
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}
