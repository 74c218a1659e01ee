// Placeholder rows while the first page loads: the table keeps its shape, so nothing jumps when
// the data arrives. Hidden from assistive technology; the table is marked busy meanwhile.
const ROWS = 8

export function SkeletonRows({ columnCount }: { columnCount: number }) {
  return (
    <tbody className="skeleton" aria-hidden="true">
      {Array.from({ length: ROWS }, (_row, row) => (
        <tr key={row}>
          {Array.from({ length: columnCount }, (_cell, cell) => (
            // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- decorative, inside an aria-hidden body
            <td key={cell}>
              <span className="skeleton-bar" />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  )
}
