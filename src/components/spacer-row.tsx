// An empty row that stands in for rows not drawn: the jobs list's virtualiser's above and below the
// view (features/jobs-list/virtual-rows.tsx), and a phone's cards not drawn yet on the jobs list and
// the overview (hooks/use-rendered-count.ts). The page keeps its height, so what follows the table
// stays where it will be and the scroll bar tells how long the page is. Each table's stylesheet hides
// `tr.spacer` (visibility: Chromium counts even an empty row pushed down as a layout shift).
export function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty spacer, hidden */}
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  )
}
