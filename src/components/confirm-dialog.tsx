// An accessible modal built on the native <dialog>: it traps focus and makes the page behind it inert
// (showModal), closes on Escape, and wraps its body in a form so that fields inside it submit with
// Enter. Used to confirm destructive actions and for the short forms that go with them.
import { useEffectEvent, useId, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react'
import { Button } from './ui/button.tsx'
import './confirm-dialog.css'

export interface ConfirmDialogProps {
  title: ReactNode
  /** Explanation and any fields; rendered inside the dialog's form. */
  children: ReactNode
  confirmLabel: string
  /** Shown on the confirm button while the action runs. */
  busyLabel?: string
  /** The button that closes without acting; never "Cancel", which is a job action here. */
  dismissLabel?: string
  tone?: 'default' | 'danger'
  busy?: boolean
  /** Called with the form's data when the operator confirms (button or Enter in a field). */
  onConfirm: (data: FormData) => void
  onDismiss: () => void
  /** Rendered after the body, before the buttons: where an action's failure is reported. */
  footer?: ReactNode
  /** Set when the action no longer makes sense (the job changed while the dialog was open): shown, and confirming is off. */
  blockedReason?: string | undefined
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  dismissLabel = 'Go back',
  tone = 'default',
  busy = false,
  onConfirm,
  onDismiss,
  footer,
  blockedReason,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const bodyId = useId()
  // The latest callback, so the Escape listener registered once never calls a stale one.
  const dismiss = useEffectEvent(() => onDismiss())

  // A layout effect, so that close() runs while the dialog is still in the document on unmount and
  // focus goes back to whatever opened it.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // jsdom has no showModal; the open attribute is its nearest equivalent there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal()
    } else {
      dialog.setAttribute('open', '')
    }
    const onCancel = (event: Event) => {
      // Escape: let React state decide, so the dialog never closes behind the component's back.
      event.preventDefault()
      dismiss()
    }
    // Chrome closes a dialog without a cancel event on a second Escape in a row; follow it. The close
    // event arrives a task later, so a close this component did itself (StrictMode's remount shows
    // the dialog again first) must not count: only a dialog that stayed closed is dismissed.
    const onClose = () => {
      if (!dialog.open) dismiss()
    }
    dialog.addEventListener('cancel', onCancel)
    dialog.addEventListener('close', onClose)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      dialog.removeEventListener('close', onClose)
      if (typeof dialog.close === 'function' && dialog.open) dialog.close()
      if (opener?.isConnected && !(opener as HTMLButtonElement).disabled) opener.focus()
    }
  }, [])

  // While the action runs, the job may change because of it: that is no reason to block.
  const blocked = blockedReason !== undefined && !busy
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy || blocked) return
    onConfirm(new FormData(event.currentTarget))
  }

  return (
    <dialog ref={ref} className={`confirm-dialog tone-${tone}`} aria-labelledby={titleId} aria-describedby={bodyId}>
      <form noValidate onSubmit={submit}>
        <h2 id={titleId} className="confirm-title">
          {title}
        </h2>
        <div id={bodyId} className="confirm-body">
          {children}
        </div>
        {footer}
        {blocked ? (
          <p className="notice warning" role="alert">
            The job changed while this was open. {blockedReason}
          </p>
        ) : null}
        <div className="confirm-buttons">
          <Button type="submit" variant={tone === 'danger' ? 'danger-solid' : 'primary'} disabled={busy || blocked}>
            {busy ? (busyLabel ?? `${confirmLabel}…`) : confirmLabel}
          </Button>
          <Button onClick={onDismiss}>{dismissLabel}</Button>
        </div>
      </form>
    </dialog>
  )
}
