// An empty row that stands in for rows not drawn: the jobs list's virtualiser's above and below the
// view (features/jobs-list/virtual-rows.tsx), and a phone's cards not drawn yet on the jobs list and
// the overview (hooks/use-rendered-count.ts). The page keeps its height, so what follows the table
// stays where it will be and the scroll bar tells how long the page is. Hidden, though empty: Chromium
// counts a table row pushed down by the rows drawn above it as a layout shift (0.16 at 412 px when a
// phone's first job cards took the spacer's place). Its own styles, so no table's cell padding or
// borders add to its height.
const ROW_STYLE = { visibility: 'hidden' } as const

export function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true" className="spacer" style={ROW_STYLE}>
      {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty spacer, hidden */}
      <td colSpan={columnCount} style={{ height, padding: 0, border: 0 }} />
    </tr>
  )
}
