// An axis tick label as one plain SVG <text>, for the charts' `tickComponent`. visx's default, its Text
// component, measures every word with getComputedTextLength (for wrapping the charts do not use);
// each measurement forces a layout of the page while Preact is still inserting the chart, and the
// overview's chart took a third of a second to draw on a phone at Lighthouse's 4× slowdown. Drawn the
// way Text draws a one-line label: shifted by dx/dy (numbers or lengths such as "0.3em", which SVG's
// own dx/dy attributes take), on the baseline (Text's default vertical anchor).
import type { TickRendererProps } from '@visx/axis'

export function PlainTick({ x, y, dx, dy, formattedValue, fill, fontSize, fontFamily, textAnchor, className }: TickRendererProps) {
  return (
    <text x={x} y={y} dx={dx} dy={dy} fill={fill} fontSize={fontSize} fontFamily={fontFamily} textAnchor={textAnchor} className={className}>
      {formattedValue}
    </text>
  )
}
