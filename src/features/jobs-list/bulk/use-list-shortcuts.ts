// The jobs list's keyboard shortcuts: j / k move to the next / previous row (its job link), Enter opens
// the focused row's job, x selects or unselects it, / goes to the connector filter, ? lists them all.
// Five keys on one page do not need a library: one keydown listener on the document, which never acts
// while the operator types in a field, while a dialog is open, or when a modifier is held.
import { useEffect } from 'react'
import { rowControls } from '../row-keys.ts'

export const SHORTCUTS: readonly { keys: string; what: string }[] = [
  { keys: 'j', what: 'Next job' },
  { keys: 'k', what: 'Previous job' },
  { keys: 'Enter', what: 'Open the focused job' },
  { keys: 'x', what: 'Select or unselect the focused job' },
  { keys: '/', what: 'Go to the connector filter' },
  { keys: '?', what: 'Show these shortcuts' },
]

/** Typing into this element must not trigger a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox'
}

const table = () => document.querySelector<HTMLTableElement>('.jobs-page table.jobs-table')

/** Body rows with controls (not spacer or skeleton rows), in order. */
function dataRows(): HTMLTableRowElement[] {
  return [...(table()?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? [])].filter((row) => row.getAttribute('aria-hidden') !== 'true' && rowControls(row).length > 0)
}

const jobLink = (row: Element) => row.querySelector<HTMLAnchorElement>('a.job-link') ?? rowControls(row)[0]

function currentRow(): HTMLTableRowElement | undefined {
  const active = document.activeElement
  const row = active instanceof HTMLElement ? active.closest('tr') : null
  return row && table()?.tBodies[0]?.contains(row) ? row : undefined
}

function move(step: 1 | -1): void {
  const rows = dataRows()
  const row = currentRow()
  const index = row ? rows.indexOf(row) : -1
  const next = index < 0 ? rows[step === 1 ? 0 : rows.length - 1] : rows[index + step]
  if (next) jobLink(next)?.focus()
}

/** The filter bar's control labelled "Connector". */
const connectorFilter = () => [...document.querySelectorAll<HTMLLabelElement>('.jobs-page .filters-bar label')].find((label) => label.textContent?.trim() === 'Connector')?.control

function focusConnectorFilter(): void {
  // Folded away on a narrow screen: unfold the filters first.
  const folded = document.querySelector<HTMLButtonElement>('.jobs-page .filters-toggle[aria-expanded="false"]')
  if (!folded) {
    ;(connectorFilter() as HTMLElement | null | undefined)?.focus()
    return
  }
  folded.click()
  requestAnimationFrame(() => (connectorFilter() as HTMLElement | null | undefined)?.focus())
}

export function useListShortcuts({ onHelp }: { onHelp: () => void }): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return
      const row = currentRow()
      switch (event.key) {
        case 'j':
        case 'k':
          move(event.key === 'j' ? 1 : -1)
          break
        case 'x': {
          const box = row?.querySelector<HTMLInputElement>('input.select-box')
          if (!box) return
          box.click()
          break
        }
        case 'Enter': {
          // A link or button handles Enter itself; from any other control of a row, open its job.
          const target = event.target
          if (!row || target instanceof HTMLAnchorElement || target instanceof HTMLButtonElement) return
          row.querySelector<HTMLAnchorElement>('a.job-link')?.click()
          break
        }
        case '/':
          focusConnectorFilter()
          break
        case '?':
          onHelp()
          break
        default:
          return
      }
      event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onHelp])
}
