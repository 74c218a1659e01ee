// A JSON value shown as indented text (never as HTML).
export function JsonBlock({ value }: { value: unknown }) {
  return (
    // Scrollable, so keyboard users must be able to reach it (axe: scrollable-region-focusable).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <pre className="code-block" tabIndex={0}>
      {JSON.stringify(value, null, 2)}
    </pre>
  )
}
