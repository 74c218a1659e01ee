// Buttons: the look of each variant is the class set the stylesheet expects, a plain button never
// submits its form, and a button-looking link navigates.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { describe, expect, it, vi } from 'vitest'
import { Button, ButtonLink, buttonClass } from '../../../../src/components/ui/button.tsx'

describe('buttonClass', () => {
  it.each([
    [{}, 'button'],
    [{ variant: 'primary' as const }, 'button primary'],
    [{ variant: 'danger' as const }, 'button danger'],
    [{ variant: 'danger-solid' as const }, 'button danger solid'],
    [{ variant: 'ghost' as const, size: 'small' as const }, 'button ghost small'],
    [{ size: 'small' as const, className: 'refresh-button' }, 'button small refresh-button'],
  ])('%o → %s', (look, classes) => {
    expect(buttonClass(look)).toBe(classes)
  })
})

describe('Button', () => {
  it('does not submit its form unless it is a submit button', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn<(event: SubmitEvent) => void>((event) => event.preventDefault())
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Button variant="ghost">Show more</Button>
        <Button type="submit" variant="primary">
          Save
        </Button>
      </form>,
    )
    await user.click(screen.getByRole('button', { name: 'Show more' }))
    expect(onSubmit).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSubmit).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Save' }).className).toBe('button primary')
  })

  it('passes the rest through: disabled, aria attributes, the click handler', async () => {
    const user = userEvent.setup()
    const onClick = vi.fn<() => void>()
    render(
      <Button variant="danger" disabled aria-describedby="why" onClick={onClick}>
        Delete
      </Button>,
    )
    const button = screen.getByRole('button', { name: 'Delete' }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(button.getAttribute('aria-describedby')).toBe('why')
    await user.click(button)
    expect(onClick).not.toHaveBeenCalled()
  })
})

describe('ButtonLink', () => {
  it('is a link with the button look that navigates', async () => {
    const user = userEvent.setup()
    const router = createMemoryRouter(
      [
        { path: '/', element: <ButtonLink variant="primary" to="/jobs/new">New sync job</ButtonLink> },
        { path: '/jobs/new', element: <h1>New sync job page</h1> },
      ],
      { initialEntries: ['/'] },
    )
    render(<RouterProvider router={router} />)
    const link = screen.getByRole('link', { name: 'New sync job' })
    expect(link.className).toBe('button primary')
    expect(link.getAttribute('href')).toBe('/jobs/new')
    await user.click(link)
    expect(await screen.findByRole('heading', { name: 'New sync job page' })).toBeTruthy()
  })
})
