// A 1,000-row page is virtualised: real table rows for what is in view, spacers for the rest.
// jsdom lays nothing out, so element sizes are mocked: the scroll box 900 px high (clientHeight,
// which the virtualizer reads for the viewport), rows 51 px as in a browser (offsetHeight, which it measures).
import { fireEvent, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { bodyRows, jobsTable, newestIds, shownIds } from './support.ts'

const VIEW = 900
const ROW = 51
const saved = {
  clientHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight'),
  clientWidth: Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth'),
  height: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
  width: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetWidth'),
  rect: HTMLElement.prototype.getBoundingClientRect,
}

beforeEach(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('table-wrap') ? VIEW : 0
    },
  })
  Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 1280 })
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('table-wrap') ? VIEW : ROW
    },
  })
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 1280 })
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    const height = this.classList.contains('table-wrap') ? VIEW : ROW
    return { x: 0, y: 0, top: 0, left: 0, bottom: height, right: 1280, width: 1280, height, toJSON: () => ({}) } as DOMRect
  }
})

afterEach(() => {
  if (saved.clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', saved.clientHeight)
  if (saved.clientWidth) Object.defineProperty(Element.prototype, 'clientWidth', saved.clientWidth)
  if (saved.height) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', saved.height)
  if (saved.width) Object.defineProperty(HTMLElement.prototype, 'offsetWidth', saved.width)
  HTMLElement.prototype.getBoundingClientRect = saved.rect
})

describe('a 1,000-row page', () => {
  it('renders the rows in view as real table rows, newest first, and follows the scroll', async () => {
    const emulator = useEmulator({ jobs: 1_200 })
    renderRoute('/jobs?size=1000')
    const expected = newestIds(emulator, { size: 1000 })
    await waitFor(() => expect(jobsTable().getAttribute('aria-rowcount')).toBe('1001'))
    await waitFor(() => expect(jobsTable().querySelectorAll('tr.spacer').length).toBe(1))
    expect(shownIds()[0]).toBe(expected[0])
    const rendered = bodyRows().length
    expect(rendered).toBeGreaterThanOrEqual(VIEW / ROW)
    expect(rendered).toBeLessThan(100)
    expect(shownIds()).toEqual(expected.slice(0, rendered))

    const scroller = jobsTable().closest('.table-wrap') as HTMLElement
    scroller.scrollTop = 500 * ROW
    fireEvent.scroll(scroller)
    await waitFor(() => expect(shownIds()).toContain(expected[500]))
    expect(shownIds()).not.toContain(expected[0])
    const first = bodyRows()[0]
    expect(Number(first?.getAttribute('aria-rowindex'))).toBeGreaterThan(400)
    expect(jobsTable().querySelectorAll('tr.spacer').length).toBe(2)
  })

  it('does not virtualise a page of 100 rows or fewer', async () => {
    const emulator = useEmulator({ jobs: 150 })
    renderRoute('/jobs?size=100')
    const expected = newestIds(emulator, { size: 100 })
    await waitFor(() => expect(shownIds()).toEqual(expected))
    expect(jobsTable().querySelectorAll('tr.spacer').length).toBe(0)
  })
})
