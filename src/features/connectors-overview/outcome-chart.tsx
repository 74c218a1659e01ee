// Sync outcomes over time, drawn with visx (loaded with this chunk only, after the table is on screen):
// completed / failed / canceled per hour over the last 24 hours or per day over the last 7 (a toggle
// kept in the URL), counted from the jobs window by where each job ended. Each bar is a button named
// with its period and counts; choosing one lists that period's jobs grouped by connector. A sentence
// sums the chart up for screen readers (and everyone), the numbers are also a table, and the chart
// says "capped" when the window stops after the period began.
import { AxisBottom, AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { SyncJobRow } from '../../../contract/es-connector-types.ts'
import type { JobWindow } from '../../api/fleet.ts'
import { formatCount } from '../../lib/format.ts'
import { PlainTick } from '../../components/plain-tick.tsx'
import { outcomeBuckets, type OutcomeBucket, type OutcomePeriod } from '../../lib/outcome-buckets.ts'
import { formatUtc } from '../../lib/time.ts'
import { BarJobs } from './bar-jobs.tsx'
import { bucketLabel, bucketTotal, chartSummary, countsText, PERIOD_LABELS, tickLabel } from './bucket-words.ts'
import { useWidth } from './use-width.ts'
import './outcome-chart.css'

const HEIGHT = 150
const MARGIN = { top: 10, right: 8, bottom: 26, left: 40 }
const SERIES = ['completed', 'failed', 'canceled'] as const

export interface OutcomeChartProps {
  jobs: readonly SyncJobRow[]
  window: Pick<JobWindow, 'truncated' | 'jobs'>
  now: number
  period: OutcomePeriod
  onPeriod: (period: OutcomePeriod) => void
  connectorNames: ReadonlyMap<string, string>
}

export default function OutcomeChart({ jobs, window, now, period, onPeriod, connectorNames }: OutcomeChartProps) {
  const summaryId = useId()
  const [ref, width] = useWidth<HTMLDivElement>(720)
  const [selected, setSelected] = useState<number | undefined>(undefined)
  const buckets = useMemo(
    () =>
      outcomeBuckets(jobs, period, now, {
        // A window cut short holds exactly its jobs; a whole one misses nothing.
        windowLimit: window.truncated ? window.jobs.length : Infinity,
        utcOffsetMinutes: -new Date(now).getTimezoneOffset(),
      }),
    [jobs, period, now, window],
  )
  const chosen = buckets.buckets.find((bucket) => bucket.start === selected)
  const innerWidth = Math.max(120, (width ?? 0) - MARGIN.left - MARGIN.right)
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const x = scaleBand<number>({ domain: buckets.buckets.map((bucket) => bucket.start), range: [0, innerWidth], padding: 0.18 })
  const max = Math.max(1, ...buckets.buckets.map(bucketTotal))
  const y = scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true })
  // Every third hour on a wide chart, every sixth on a phone; every day.
  const every = period === '7d' ? 1 : innerWidth < 420 ? 6 : 3
  const tickValues = buckets.buckets.filter((_bucket, index) => (buckets.buckets.length - 1 - index) % every === 0).map((bucket) => bucket.start)
  const focusIndex = Math.max(0, chosen ? buckets.buckets.indexOf(chosen) : buckets.buckets.length - 1)

  const choose = (bucket: OutcomeBucket) => setSelected((current) => (current === bucket.start ? undefined : bucket.start))
  const onKeyDown = (event: KeyboardEvent<SVGGElement>, index: number) => {
    const steps: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: buckets.buckets.length - 1 }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      choose(buckets.buckets[index]!)
      return
    }
    const next = steps[event.key]
    if (next === undefined) return
    event.preventDefault()
    const target = Math.min(buckets.buckets.length - 1, Math.max(0, next))
    const bars = event.currentTarget.parentElement?.querySelectorAll<SVGGElement>('.bar')
    bars?.forEach((bar, barIndex) => bar.setAttribute('tabindex', barIndex === target ? '0' : '-1'))
    bars?.[target]?.focus()
  }

  return (
    <section className="outcome-chart" aria-labelledby={`${summaryId}-title`}>
      <div className="chart-header">
        <h2 id={`${summaryId}-title`}>Sync outcomes</h2>
        <fieldset className="period-toggle">
          <legend className="visually-hidden">Period</legend>
          {(['24h', '7d'] as const).map((value) => (
            <button key={value} type="button" className="chip" aria-pressed={period === value} onClick={() => {
                setSelected(undefined)
                onPeriod(value)
              }}>
              {PERIOD_LABELS[value]}
            </button>
          ))}
        </fieldset>
        <ul className="legend" aria-hidden="true">
          {SERIES.map((series) => (
            <li key={series}>
              <span className={`legend-swatch fill-${series}`} /> {series}
            </li>
          ))}
        </ul>
      </div>
      <p id={summaryId} className="chart-summary">
        {chartSummary(buckets)}
      </p>
      {buckets.capped ? (
        <p className="capped-note">
          <strong>Capped.</strong> The jobs window holds the newest {formatCount(window.jobs.length)} jobs, created since{' '}
          {buckets.windowStart === undefined ? 'an unknown time' : formatUtc(buckets.windowStart)}: bars before then count too few.
        </p>
      ) : null}
      <div ref={ref} className="chart-frame">
        {/* Drawn once its width is known (before the first paint): not at a guess first, then again. */}
        {width === undefined ? null : (
          <svg
            width={innerWidth + MARGIN.left + MARGIN.right}
            height={HEIGHT}
            // The bars inside are buttons: the chart is a named group of them, not an image.
            // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
            role="group"
            aria-label={`Sync outcomes per ${period === '24h' ? 'hour' : 'day'}, ${PERIOD_LABELS[period].toLowerCase()}; choose a bar to list its jobs`} aria-describedby={summaryId}>
            <Group left={MARGIN.left} top={MARGIN.top}>
              <AxisLeft scale={y} numTicks={4} tickFormat={(value) => formatCount(Number(value))} stroke="currentColor" tickStroke="currentColor" tickLabelProps={{ fill: 'currentColor', fontSize: 12, fontFamily: 'inherit', textAnchor: 'end', dx: -4, dy: 3 }} axisClassName="axis" tickComponent={PlainTick} />
              <AxisBottom
                top={innerHeight}
                scale={x}
                tickValues={tickValues}
                tickFormat={(value) => tickLabel(Number(value), period)}
                stroke="currentColor"
                tickStroke="currentColor"
                tickLabelProps={{ fill: 'currentColor', fontSize: 12, fontFamily: 'inherit', textAnchor: 'middle' }}
                tickComponent={PlainTick}
                axisClassName="axis"
              />
              {buckets.buckets.map((bucket, index) => {
                const left = x(bucket.start) ?? 0
                let below = 0
                const label = `${bucketLabel(bucket, period)}: ${countsText(bucket)}`
                return (
                  <g
                    key={bucket.start}
                    className={bucket.start === selected ? 'bar selected' : 'bar'}
                    // An SVG bar cannot be a <button>; it is one to assistive technology and the keyboard.
                    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
                    role="button"
                    tabIndex={index === focusIndex ? 0 : -1}
                    aria-label={label}
                    aria-pressed={bucket.start === selected}
                    onClick={() => choose(bucket)}
                    onKeyDown={(event) => onKeyDown(event, index)}
                  >
                    <title>{label}</title>
                    <rect className="bar-hit" x={left} y={0} width={x.bandwidth()} height={innerHeight} />
                    {SERIES.map((series) => {
                      const value = bucket[series]
                      if (value === 0) return null
                      const bottom = y(below) ?? innerHeight
                      const top = y(below + value) ?? innerHeight
                      below += value
                      return <Bar key={series} className={`fill-${series}`} x={left} y={top} width={x.bandwidth()} height={Math.max(1, bottom - top)} />
                    })}
                  </g>
                )
              })}
            </Group>
          </svg>
        )}
      </div>
      {chosen ? <BarJobs bucket={chosen} label={bucketLabel(chosen, period)} connectorNames={connectorNames} onClose={() => setSelected(undefined)} /> : null}
      <details className="chart-table">
        <summary>The numbers as a table</summary>
        <table className="data-table" aria-label={`Sync outcomes per ${period === '24h' ? 'hour' : 'day'}`}>
          <thead>
            <tr>
              <th scope="col">{period === '24h' ? 'Hour' : 'Day'}</th>
              <th scope="col" className="num">
                Completed
              </th>
              <th scope="col" className="num">
                Failed
              </th>
              <th scope="col" className="num">
                Canceled
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.buckets.map((bucket) => (
              <tr key={bucket.start}>
                <th scope="row">{bucketLabel(bucket, period)}</th>
                <td className="num">{formatCount(bucket.completed)}</td>
                <td className="num">{formatCount(bucket.failed)}</td>
                <td className="num">{formatCount(bucket.canceled)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}
