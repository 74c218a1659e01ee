// The native-dialog confirm: opens modal, reports the form on confirm, follows Escape and a native
// close, and survives StrictMode's mount → unmount → mount (whose close event arrives late).
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ConfirmDialog } from '../../../src/components/confirm-dialog.tsx'

// jsdom has no showModal/close: model Chrome's — open at once, `close` event a task later.
const proto = HTMLDialogElement.prototype as HTMLDialogElement & { showModal?: () => void; close?: () => void }
const original = { showModal: proto.showModal, close: proto.close }
function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '')
}
function close(this: HTMLDialogElement) {
  if (!this.hasAttribute('open')) return
  this.removeAttribute('open')
  setTimeout(() => this.dispatchEvent(new Event('close')), 0)
}
beforeEach(() => {
  proto.showModal = showModal
  proto.close = close
})
afterEach(() => {
  proto.showModal = original.showModal as () => void
  proto.close = original.close as () => void
})

function Harness({ onConfirm }: { onConfirm: (data: FormData) => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open ? (
        <ConfirmDialog title="Delete it?" confirmLabel="Delete job" dismissLabel="Keep it" onConfirm={onConfirm} onDismiss={() => setOpen(false)}>
          <label htmlFor="why">Why</label>
          <input id="why" name="why" />
        </ConfirmDialog>
      ) : null}
    </>
  )
}

const tick = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)))

describe('ConfirmDialog', () => {
  it('stays open under StrictMode, whose remount closes and reopens it', async () => {
    const user = userEvent.setup()
    render(
      <StrictMode>
        <Harness onConfirm={() => undefined} />
      </StrictMode>,
    )
    await user.click(screen.getByRole('button', { name: 'Open' }))
    await tick()
    expect(screen.getByRole('dialog', { name: 'Delete it?' })).toBeTruthy()
  })

  it('hands the form data to onConfirm', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn<(data: FormData) => void>()
    render(<Harness onConfirm={onConfirm} />)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    await user.type(screen.getByLabelText('Why'), 'done with it')
    await user.click(screen.getByRole('button', { name: 'Delete job' }))
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(onConfirm.mock.calls[0]?.[0].get('why')).toBe('done with it')
  })

  it('closes on Escape (cancel event) and on a native close, focus back on the opener', async () => {
    const user = userEvent.setup()
    render(<Harness onConfirm={() => undefined} />)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    const dialog = screen.getByRole('dialog')
    act(() => {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }))
    })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open' }))

    await user.click(screen.getByRole('button', { name: 'Open' }))
    // Chrome's second Escape: the dialog closes natively, without a cancel event.
    const reopened = screen.getByRole('dialog')
    act(() => {
      reopened.removeAttribute('open')
      reopened.dispatchEvent(new Event('close'))
    })
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
