// An empty, hidden row that stands in for rows not drawn: the virtualiser's above and below the view
// (virtual-rows.tsx), a phone's cards not yet drawn (jobs-table.tsx). The page keeps its height, so
// the pager stays where it will be and the scroll bar tells how long the page is.
export function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty spacer, hidden */}
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  )
}
