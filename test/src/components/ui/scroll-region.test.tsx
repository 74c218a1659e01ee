// A scroll container keyboard users can reach: a named region in the tab order, as a <div> or as
// the <pre> that scrolls itself.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { ScrollRegion } from '../../../../src/components/ui/scroll-region.tsx'

describe('ScrollRegion', () => {
  it('is a region named by its label that the Tab key reaches', async () => {
    const user = userEvent.setup()
    render(
      <>
        <button type="button">Before</button>
        <ScrollRegion label="Sync rules table" className="table-wrap">
          <table aria-label="Sync rules" />
        </ScrollRegion>
      </>,
    )
    const region = screen.getByRole('region', { name: 'Sync rules table' })
    expect(region.tagName).toBe('DIV')
    expect(region.className).toBe('table-wrap')
    await user.tab()
    await user.tab()
    expect(document.activeElement).toBe(region)
  })

  it('renders a <pre> when asked, and hands its element to a ref', () => {
    const ref = createRef<HTMLElement>()
    render(
      <ScrollRegion as="pre" label="Metadata JSON" ref={ref}>
        {'{ "a": 1 }'}
      </ScrollRegion>,
    )
    const region = screen.getByRole('region', { name: 'Metadata JSON' })
    expect(region.tagName).toBe('PRE')
    expect(region.tabIndex).toBe(0)
    expect(ref.current).toBe(region)
    expect(region.textContent).toBe('{ "a": 1 }')
  })
})
