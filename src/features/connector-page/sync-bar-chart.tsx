// A bar per sync, oldest on the left, drawn in SVG with visx. Each sync is a real link to its job with
// an accessible name that says everything its bars show (a transparent column behind the bars makes a
// zero-height one clickable too); a value may also go below the zero line (documents deleted). The
// words and the table alternative are the caller's: this is only the drawing.
import { AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar, Line } from '@visx/shape'
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { PlainTick } from '../../components/plain-tick.tsx'
import { useElementWidth } from './use-element-width.ts'

export interface ChartBar {
  id: string
  /** The link's accessible name (and its tooltip). */
  name: string
  up: number
  /** Drawn below the zero line. */
  down?: number
  /** Class of the bar above the line (its colour). */
  upClass: string
  downClass?: string
}

const HEIGHT = 180
const MARGIN = { top: 8, right: 8, bottom: 8, left: 60 }

export function SyncBarChart({
  label,
  bars,
  format,
  ticks,
}: {
  label: string
  bars: readonly ChartBar[]
  format: (value: number) => string
  /** Tick values of the axis (from 0 up); a linear scale's own otherwise. */
  ticks?: readonly number[]
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>(640)
  const innerWidth = Math.max(40, width - MARGIN.left - MARGIN.right)
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const maxUp = Math.max(0, ...bars.map((bar) => bar.up))
  const maxDown = Math.max(0, ...bars.map((bar) => bar.down ?? 0))
  const x = scaleBand<string>({ domain: bars.map((bar) => bar.id), range: [0, innerWidth], padding: 0.25 })
  const top = ticks?.at(-1) ?? (maxUp > 0 ? maxUp : 1)
  const y = scaleLinear<number>({ domain: [-maxDown, top], range: [innerHeight, 0], nice: ticks === undefined })
  const zero = y(0)
  const step = x.step()
  return (
    <div ref={ref} className="chart-frame">
      <svg width={width} height={HEIGHT} aria-label={label} className="sync-chart">
        <Group left={MARGIN.left} top={MARGIN.top}>
          <AxisLeft
            scale={y}
            numTicks={4}
            {...(ticks ? { tickValues: [...ticks] } : {})}
            tickFormat={(value) => format(Math.abs(Number(value)))}
            stroke="currentColor"
            tickStroke="currentColor"
            tickLabelProps={{ fill: 'currentColor', fontSize: 12, fontFamily: 'inherit', textAnchor: 'end', dx: '-0.3em', dy: '0.3em' }}
            tickComponent={PlainTick}
          />
          <Line from={{ x: 0, y: zero }} to={{ x: innerWidth, y: zero }} className="chart-zero" />
          {bars.map((bar) => {
            const left = x(bar.id) ?? 0
            const upTop = y(bar.up)
            const downBottom = y(-(bar.down ?? 0))
            return (
              <Link key={bar.id} to={paths.job(bar.id)} aria-label={bar.name} className="chart-point">
                <title>{bar.name}</title>
                <rect className="chart-hit" x={left - (step - x.bandwidth()) / 2} y={0} width={step} height={innerHeight} />
                <Bar className={`chart-bar ${bar.upClass}`} x={left} y={upTop} width={x.bandwidth()} height={Math.max(bar.up > 0 ? 1 : 0, zero - upTop)} />
                {bar.down ? (
                  <Bar className={`chart-bar ${bar.downClass ?? ''}`} x={left} y={zero} width={x.bandwidth()} height={Math.max(1, downBottom - zero)} />
                ) : null}
              </Link>
            )
          })}
        </Group>
      </svg>
    </div>
  )
}
