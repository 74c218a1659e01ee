// A relative time that reveals its absolute local and UTC times on hover and on keyboard focus.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TimeLabel } from '../../../src/components/time-label.tsx'

const value = '2026-03-04T05:06:07.123456Z'

describe('TimeLabel', () => {
  it('shows the relative time, with the exact instant as its datetime', () => {
    render(<TimeLabel value={value} />)
    const time = screen.getByText(/ago$/)
    expect(time.getAttribute('datetime')).toBe(value)
    expect(screen.queryByRole('tooltip')).toBeNull()
  })

  it('reveals local and UTC time on hover, and hides them again', async () => {
    const user = userEvent.setup()
    render(<TimeLabel value={value} />)
    await user.hover(screen.getByText(/ago$/))
    expect(screen.getByRole('tooltip').textContent).toContain('2026-03-04 05:06:07 UTC')
    await user.unhover(screen.getByText(/ago$/))
    expect(screen.queryByRole('tooltip')).toBeNull()
  })

  it('reveals them on keyboard focus and describes the label with them', async () => {
    const user = userEvent.setup()
    render(<TimeLabel value={value} />)
    await user.tab()
    const tooltip = screen.getByRole('tooltip')
    expect(document.activeElement?.getAttribute('aria-describedby')).toBe(tooltip.id)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('tooltip')).toBeNull()
  })

  it('shows the fallback for an absent or broken time', () => {
    render(
      <>
        <TimeLabel value={undefined} />
        <TimeLabel value="not a date" fallback="never" />
      </>,
    )
    expect(screen.getByText('—')).toBeTruthy()
    expect(screen.getByText('never')).toBeTruthy()
  })
})
