// An accessible combobox for choosing a connector: type to search by name, id, index name or
// service type, pick with the arrows and Enter or the mouse; text that matches one connector chooses
// it on Enter or Tab. Shared by the jobs-list filter (which also accepts ids that match no listed
// connector, and "All connectors") and the create form.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { ConnectorSummary } from '../../contract/es-connector-types.ts'
import { connectorDisplayText, filterConnectors, resolveConnectorText } from '../lib/connector-search.ts'
import './connector-picker.css'

/** Rendering thousands of options helps nobody; typing narrows the list. */
const MAX_OPTIONS = 200

export interface ConnectorPickerProps {
  label: string
  connectors: ConnectorSummary[] | undefined
  value: string
  onChange: (id: string) => void
  /** Accept a typed id that is not in the list (the list filter: a deleted connector's jobs remain). */
  allowUnknown?: boolean
  /** Offer an "all connectors" entry; clearing the text applies "". */
  allowEmpty?: boolean
  emptyLabel?: string
  required?: boolean
  invalid?: boolean
  describedBy?: string
  /** Form field name: a hidden input carries the chosen id for FormData. */
  name?: string
  id?: string
  className?: string
}

type Entry = { kind: 'empty'; id: '' } | { kind: 'connector'; id: string; connector: ConnectorSummary }

export function ConnectorPicker({
  label,
  connectors,
  value,
  onChange,
  allowUnknown = false,
  allowEmpty = false,
  emptyLabel = 'All connectors',
  required = false,
  invalid = false,
  describedBy,
  name,
  id,
  className,
}: ConnectorPickerProps) {
  const generatedId = useId()
  const inputId = id ?? `${generatedId}-input`
  const listId = `${generatedId}-list`
  const noteId = `${generatedId}-note`
  const optionId = (index: number) => `${generatedId}-opt-${index}`
  const listRef = useRef<HTMLUListElement>(null)

  // `draft` is the text while the operator edits; otherwise the input shows the chosen connector.
  const [draft, setDraft] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)

  const known = value === '' || connectors === undefined || connectors.some((connector) => connector.id === value)
  const text = draft ?? connectorDisplayText(connectors, value)

  const matches = useMemo(() => filterConnectors(connectors ?? [], draft ?? ''), [connectors, draft])
  const entries = useMemo<Entry[]>(() => {
    const list: Entry[] = matches.slice(0, MAX_OPTIONS).map((connector) => ({ kind: 'connector', id: connector.id, connector }))
    if (allowEmpty && !draft?.trim()) list.unshift({ kind: 'empty', id: '' })
    return list
  }, [matches, allowEmpty, draft])

  useEffect(() => {
    if (!open || active < 0) return
    const option = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)
    // jsdom has no scrollIntoView.
    option?.scrollIntoView?.({ block: 'nearest' })
  }, [open, active])

  const apply = (next: string) => {
    if (next !== value) onChange(next)
  }

  const close = () => {
    setOpen(false)
    setActive(-1)
  }

  const choose = (entry: Entry) => {
    apply(entry.id)
    setDraft(null)
    close()
  }

  /**
   * Applies what was typed, on Enter, Tab or leaving the field: a known id or unique name, "" when
   * cleared, the one connector the text matches, or — only when no listed connector matches and
   * unknown ids are allowed — the text itself as an id. Text that matches several connectors is not
   * a choice: Enter keeps the list open to pick from, leaving the field falls back to the current one.
   */
  const commitDraft = (viaEnter: boolean) => {
    if (draft === null) return
    const typed = draft.trim()
    const resolved = resolveConnectorText(connectors, typed)
    const only = matches.length === 1 ? matches[0] : undefined
    if (resolved !== undefined) apply(resolved)
    else if (typed === '') apply('')
    else if (only) apply(only.id)
    else if (allowUnknown && matches.length === 0) apply(typed)
    else if (viaEnter && matches.length > 1) {
      setOpen(true)
      return
    }
    setDraft(null)
    close()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault()
        if (!open) {
          setOpen(true)
          setActive(entries.length > 0 ? 0 : -1)
        } else {
          setActive((index) => Math.min(index + 1, entries.length - 1))
        }
        break
      }
      case 'ArrowUp': {
        event.preventDefault()
        if (!open) setOpen(true)
        setActive((index) => (index <= 0 ? (entries.length > 0 ? 0 : -1) : index - 1))
        break
      }
      case 'Enter': {
        const entry = open && active >= 0 ? entries[active] : undefined
        if (entry) {
          event.preventDefault()
          choose(entry)
        } else if (draft !== null || open) {
          // Keep Enter from submitting a surrounding form: here it means "apply what I typed".
          event.preventDefault()
          commitDraft(true)
        }
        break
      }
      case 'Escape': {
        if (open) {
          event.preventDefault()
          close()
        } else if (draft !== null) {
          event.preventDefault()
          setDraft(null)
        }
        break
      }
      default:
        break
    }
  }

  const unlistedNote = allowUnknown
    ? 'Not in the connector list: filtering by this id as typed.'
    : 'Not in the connector list: Elasticsearch will say whether a connector has this id.'
  const noteText = !known && value !== '' ? unlistedNote : ''
  const described = [describedBy, noteText ? noteId : undefined].filter(Boolean).join(' ') || undefined
  const expanded = open && connectors !== undefined

  return (
    <div className={['connector-picker', className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId} className="picker-label">
        {label}
      </label>
      <div className="picker-control">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded && entries.length > 0 ? listId : undefined}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-required={required || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={described}
          placeholder={allowEmpty ? emptyLabel : connectors === undefined ? 'Loading connectors…' : 'Type a name, id or index'}
          value={text}
          onChange={(event) => {
            const next = event.target.value
            setDraft(next)
            setOpen(true)
            setActive(-1)
            const typed = next.trim()
            // An exact id needs no confirmation; an emptied filter means "all connectors".
            if (connectors?.some((connector) => connector.id === typed)) apply(typed)
            else if (allowEmpty && typed === '') apply('')
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (draft !== null) commitDraft(false)
            else close()
          }}
        />
        {expanded ? (
          // Mouse-down is cancelled so the input keeps focus (and does not commit on blur) while an option is clicked.
          // oxlint-disable-next-line jsx-a11y/no-static-element-interactions -- only cancels focus loss; not a control
          <div className="picker-popup" onMouseDown={(event) => event.preventDefault()}>
            {entries.length > 0 ? (
              // The ARIA 1.2 combobox pattern: a styled listbox (a native <datalist> cannot show the id, index
              // and service type). Keys are handled on the input, which points at the active option.
              // The listbox's name must not contain the field's label, or `getByLabel(label)` would find two elements.
              // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role, jsx-a11y/prefer-tag-over-role
              <ul id={listId} ref={listRef} role="listbox" aria-label="Suggestions" className="picker-list">
                {entries.map((entry, index) => (
                  // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role, jsx-a11y/prefer-tag-over-role, jsx-a11y/click-events-have-key-events
                  <li role="option"
                    key={entry.kind === 'empty' ? '' : `c:${entry.id}`}
                    id={optionId(index)}
                    data-index={index}
                    aria-selected={entry.id === value}
                    className={index === active ? 'picker-option active' : 'picker-option'}
                    onClick={() => choose(entry)}
                  >
                    {entry.kind === 'empty' ? (
                      <span className="option-name">{emptyLabel}</span>
                    ) : (
                      <>
                        <span className="option-name">{entry.connector.name || entry.connector.id}</span>
                        <span className="option-meta">
                          <span className="mono">{entry.connector.id}</span>
                          {entry.connector.index_name ? <span> · {entry.connector.index_name}</span> : null}
                          {entry.connector.service_type ? <span> · {entry.connector.service_type}</span> : null}
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
            <output className="picker-status">
              {matches.length === 0
                ? allowUnknown && draft?.trim()
                  ? `No listed connector matches. Press Enter to use “${draft.trim()}” as an id.`
                  : 'No connector matches.'
                : matches.length > MAX_OPTIONS
                  ? `Showing ${MAX_OPTIONS} of ${matches.length}; type to narrow.`
                  : draft?.trim()
                    ? matches.length === 1
                      ? 'One connector matches: Enter or Tab chooses it.'
                      : `${matches.length} connectors match: choose one.`
                    : ''}
            </output>
          </div>
        ) : null}
      </div>
      {noteText ? (
        <span id={noteId} className="picker-note">
          {noteText}
        </span>
      ) : null}
      {name !== undefined ? <input type="hidden" name={name} value={value} /> : null}
    </div>
  )
}
