// The outcome strip's marks are plain links followed in the page by one handler on the strip: a plain
// click (or Enter) opens the job without reloading; a modified click is left to the browser (a new
// tab or window). Through msw into the emulator.
import { fireEvent, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { finishedJob, fleetConnector, HOUR, loadFleet, rowOf, shownNames } from './support.ts'

describe('outcome strip links', () => {
  it('opens a job in the page on a plain click, and leaves a modified click to the browser', async () => {
    const emulator = useEmulator({ connectors: 0 })
    loadFleet(emulator, [fleetConnector('drive', { name: 'Drive' })], [finishedJob('older', 'drive', 'error', 3 * HOUR), finishedJob('newer', 'drive', 'completed', HOUR)])
    const { router, user } = renderRoute('/connectors')
    await waitFor(() => expect(shownNames()).toEqual(['Drive']))
    const strip = within(rowOf('Drive')).getByRole('list', { name: 'Last 2 outcomes of Drive, oldest first' })
    const [older, newer] = within(strip).getAllByRole('link')
    expect(older!.getAttribute('href')).toBe('/jobs/older')
    expect(newer!.getAttribute('href')).toBe('/jobs/newer')

    // A Ctrl-click is the browser's (a new tab): the page stays where it is, and the event is not taken.
    const ctrlClick = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true, button: 0 })
    older!.dispatchEvent(ctrlClick)
    expect(ctrlClick.defaultPrevented).toBe(false)
    expect(router.state.location.pathname).toBe('/connectors')

    fireEvent.keyDown(newer!, { key: 'ArrowLeft' })
    expect(document.activeElement).toBe(older)
    await user.click(older!)
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs/older'))
  })
})
