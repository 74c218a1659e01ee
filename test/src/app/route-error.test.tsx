// The route error boundary's catch-all: a page that throws while rendering (a bug) shows what broke
// and a way to try again, instead of a blank page. The not-found page is in layout.test.tsx.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouteError } from '../../../src/app/route-error.tsx'

afterEach(() => vi.restoreAllMocks())

describe('route error', () => {
  it('says a page failed to render, with the error, and renders it again on Try again', async () => {
    // React reports every error a boundary catches on the console; the test reads the page instead.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    // Broken until the test mends it: React renders a failed component again before giving up.
    let broken = true
    function Flaky() {
      if (broken) throw new TypeError("Cannot read properties of undefined (reading 'id')")
      return <p>Rendered</p>
    }
    const router = createMemoryRouter([{ path: '/jobs/:id', Component: Flaky, ErrorBoundary: RouteError }], { initialEntries: ['/jobs/j1'] })
    render(<RouterProvider router={router} />)

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Something went wrong' })).toBeTruthy()
    expect(alert.textContent).toContain("Cannot read properties of undefined (reading 'id')")

    broken = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Rendered')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(router.state.location.pathname).toBe('/jobs/j1')
  })
})
