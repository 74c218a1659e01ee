// A form field: its label, the control, an optional hint and an optional error, wired by id — the
// label names the control, aria-describedby points at the hint and the error, aria-invalid is set
// while there is an error. The control is rendered by a function that receives those props to
// spread, so any input, select, textarea or custom control fits without cloning elements.
import { useId, type ReactNode } from 'react'

/** What the control must carry: spread it onto an input, select or textarea. */
export interface FieldControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
}

export interface FieldProps {
  /** Omit only when the control renders its own <label> for `id` (as the connector picker does). */
  label?: ReactNode
  hint?: ReactNode
  /** Set while the value is wrong: shown under the control, which is then invalid and described by it. */
  error?: ReactNode
  /** The control's id when the caller needs it (to focus it); generated otherwise. */
  id?: string
  /** Invalid without an error of its own: something outside the field (described by `describedBy`) refused it. */
  invalid?: boolean
  /** Ids of elements outside the field that also describe the control. */
  describedBy?: string | undefined
  className?: string
  children: (control: FieldControlProps) => ReactNode
}

export function Field({ label, hint, error, id, invalid = false, describedBy, className, children }: FieldProps) {
  const generatedId = useId()
  const controlId = id ?? generatedId
  const hintId = `${controlId}-hint`
  const errorId = `${controlId}-error`
  const hasHint = hint !== undefined && hint !== null
  const hasError = error !== undefined && error !== null && error !== false && error !== ''
  const described = [hasHint ? hintId : undefined, hasError ? errorId : undefined, describedBy].filter(Boolean).join(' ')
  return (
    <div className={className ? `field ${className}` : 'field'}>
      {label !== undefined ? <label htmlFor={controlId}>{label}</label> : null}
      {children({ id: controlId, 'aria-describedby': described || undefined, 'aria-invalid': hasError || invalid ? true : undefined })}
      {hasHint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {hasError ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
