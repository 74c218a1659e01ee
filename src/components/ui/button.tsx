// The app's buttons: one look per variant (the `.button` classes of styles.css), for a <button> and
// for a router link that looks like one. `type` defaults to "button", so a button inside a form never
// submits it unless it says so.
import type { ComponentProps } from 'react'
import { Link } from 'react-router'

/** default: neutral; primary: the page's main action; danger: destructive; danger-solid: confirms a destructive one; ghost: borderless. */
export type ButtonVariant = 'default' | 'primary' | 'danger' | 'danger-solid' | 'ghost'
export type ButtonSize = 'normal' | 'small'

interface ButtonLook {
  variant?: ButtonVariant
  size?: ButtonSize
  /** Extra classes for placement (e.g. "refresh-button"); the look comes from variant and size. */
  className?: string
}

const VARIANT_CLASSES: Record<ButtonVariant, string | undefined> = {
  default: undefined,
  primary: 'primary',
  danger: 'danger',
  'danger-solid': 'danger solid',
  ghost: 'ghost',
}

/** The class string of a button with this look. */
export function buttonClass({ variant = 'default', size = 'normal', className }: ButtonLook = {}): string {
  return ['button', VARIANT_CLASSES[variant], size === 'small' ? 'small' : undefined, className].filter(Boolean).join(' ')
}

export function Button({ variant, size, className, type = 'button', ...props }: ButtonLook & Omit<ComponentProps<'button'>, 'className'>) {
  return <button {...props} type={type} className={buttonClass({ variant, size, className })} />
}

/** A react-router link that looks like a button: for navigation, which a <button> must not do. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLook & Omit<ComponentProps<typeof Link>, 'className'>) {
  return <Link {...props} className={buttonClass({ variant, size, className })} />
}
