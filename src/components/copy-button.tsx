// Copies a value (an id, JSON) to the clipboard and says so.
import { useEffect, useState } from 'react'
import { Button, type ButtonSize, type ButtonVariant } from './ui/button.tsx'

export function CopyButton({
  value,
  label = 'Copy',
  variant,
  size = 'small',
  className,
}: {
  value: string
  label?: string
  variant?: ButtonVariant
  size?: ButtonSize
  /** Placement classes only; the look comes from variant and size. */
  className?: string
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 1500)
    return () => clearTimeout(timer)
  }, [state])
  return (
    <Button
      variant={variant}
      size={size}
      className={className}
      onClick={() => {
        navigator.clipboard.writeText(value).then(
          () => setState('copied'),
          () => setState('failed'),
        )
      }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? ' — copied to the clipboard' : ''}
      </span>
    </Button>
  )
}
