// Keyboard use of the jobs table, as in a grid: each row is one tab stop (its job link), so Tab goes
// from job to job instead of through every Copy, time and More on the way (three or four stops a
// row, 182 Tabs to the pager on a page of 50). The arrow keys reach the rest: ← → (and Home, End)
// move between a row's controls, ↑ ↓ to the same control of the row above or below.

const CONTROLS = 'a[href], button:not(:disabled), input:not(:disabled), [tabindex]'

/** A row's controls in reading order (links, buttons, focusable times). */
export function rowControls(row: Element): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(CONTROLS)].filter((element) => !element.closest('[aria-hidden="true"]'))
}

/** The row's own control: its job link (the selection checkbox comes before it), else its first. */
function tabStop(controls: HTMLElement[]): HTMLElement | undefined {
  return controls.find((control) => control.matches('a[href]')) ?? controls[0]
}

/** Takes every control of the row but its job link (else its first) out of the tab order; the arrow keys still reach them. */
export function keepOneTabStop(row: Element): void {
  const controls = rowControls(row)
  const stop = tabStop(controls)
  for (const control of controls) {
    if (control !== stop && control.tabIndex !== -1) control.tabIndex = -1
  }
}

/** Keeps one tab stop per body row of `table` while rows come and go (polling, virtualisation). */
export function watchTabStops(table: HTMLTableElement): () => void {
  table.querySelectorAll('tbody tr').forEach(keepOneTabStop)
  const observer = new MutationObserver((records) => {
    const rows = new Set<Element>()
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement
      const row = target?.closest('tr')
      if (row) {
        rows.add(row)
        continue
      }
      // Rows added or a body replaced (a page, a virtualised stretch, a slice of rows): the rows added,
      // not every row below the target — a slice of two rows walked all fifty before it, each time.
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue
        if (node instanceof HTMLTableRowElement) rows.add(node)
        node.querySelectorAll('tr').forEach((each) => rows.add(each))
      }
    }
    rows.forEach(keepOneTabStop)
  })
  observer.observe(table, { childList: true, subtree: true })
  return () => observer.disconnect()
}

/** Data rows only: spacer and skeleton rows are hidden and hold no controls. */
function isDataRow(row: Element | null): row is HTMLTableRowElement {
  return row instanceof HTMLTableRowElement && row.getAttribute('aria-hidden') !== 'true' && rowControls(row).length > 0
}

function sibling(row: HTMLTableRowElement, step: 1 | -1): HTMLTableRowElement | undefined {
  let next = step === 1 ? row.nextElementSibling : row.previousElementSibling
  while (next && !isDataRow(next)) next = step === 1 ? next.nextElementSibling : next.previousElementSibling
  return next ?? undefined
}

/**
 * Moves focus for an arrow, Home or End key pressed on a control in a body row; true when it did
 * (the caller then cancels the key's scrolling).
 */
export function moveFocus(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  const row = target.closest('tbody tr')
  if (!isDataRow(row)) return false
  const controls = rowControls(row)
  const index = controls.indexOf(target)
  if (index < 0) return false
  let next: HTMLElement | undefined
  switch (key) {
    case 'ArrowRight':
      next = controls[index + 1]
      break
    case 'ArrowLeft':
      next = controls[index - 1]
      break
    case 'Home':
      // To the row's link, as Tab would land; the checkbox before it is one ← away.
      next = tabStop(controls)
      break
    case 'End':
      next = controls[controls.length - 1]
      break
    case 'ArrowDown':
    case 'ArrowUp': {
      const other = sibling(row, key === 'ArrowDown' ? 1 : -1)
      const theirs = other ? rowControls(other) : []
      next = theirs[Math.min(index, theirs.length - 1)]
      break
    }
    default:
      return false
  }
  // At an edge the key does nothing (it does not scroll the page either).
  next?.focus()
  return true
}
