// "Created": jobs created within the last hour, day or week, or a custom range. The API has no time
// filter, so the list applies it while merging (newest first, a stream stops at its first older
// job). The custom range is typed in local time and applied with its own button, so half a range is
// never a view.
import { useId, useState } from 'react'
import { Button } from '../../components/ui/button.tsx'
import type { CreatedSpan, CreatedWithin } from '../../lib/job-filters.ts'

const SPAN_LABELS: Record<CreatedSpan, string> = { '1h': 'In the last hour', '24h': 'In the last 24 hours', '7d': 'In the last 7 days' }

const pad = (n: number) => String(n).padStart(2, '0')

/** `datetime-local` text for epoch ms, in local time. */
function localInput(ms: number | undefined): string {
  if (ms === undefined) return ''
  const date = new Date(ms)
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

function fromInput(text: string): number | undefined {
  if (!text) return undefined
  const ms = new Date(text).getTime()
  return Number.isNaN(ms) ? undefined : ms
}

export function CreatedFilter({ value, onChange }: { value: CreatedWithin | null; onChange: (created: CreatedWithin | null) => void }) {
  const id = useId()
  const [custom, setCustom] = useState(value?.kind === 'range')
  const [from, setFrom] = useState(localInput(value?.kind === 'range' ? value.from : undefined))
  const [to, setTo] = useState(localInput(value?.kind === 'range' ? value.to : undefined))
  const selected = custom || value?.kind === 'range' ? 'range' : value ? value.span : ''
  const start = fromInput(from)
  const end = fromInput(to)
  const invalid = (start === undefined && end === undefined) || (start !== undefined && end !== undefined && start > end)
  return (
    <div className="created-filter">
      <div className="filter-field">
        <label htmlFor={id}>Created</label>
        <select
          id={id}
          value={selected}
          onChange={(event) => {
            const choice = event.target.value
            if (choice === 'range') setCustom(true)
            else {
              setCustom(false)
              onChange(choice ? { kind: 'last', span: choice as CreatedSpan } : null)
            }
          }}
        >
          <option value="">Any time</option>
          {(Object.keys(SPAN_LABELS) as CreatedSpan[]).map((span) => (
            <option key={span} value={span}>
              {SPAN_LABELS[span]}
            </option>
          ))}
          <option value="range">Custom range…</option>
        </select>
      </div>
      {selected === 'range' ? (
        <form
          className="created-range"
          onSubmit={(event) => {
            event.preventDefault()
            if (!invalid) onChange({ kind: 'range', from: start, to: end })
          }}
        >
          <label>
            From
            <input type="datetime-local" value={from} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label>
            To
            <input type="datetime-local" value={to} onChange={(event) => setTo(event.target.value)} />
          </label>
          <Button type="submit" disabled={invalid}>
            Apply range
          </Button>
        </form>
      ) : null}
    </div>
  )
}
