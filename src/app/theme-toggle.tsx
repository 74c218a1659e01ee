// The header's theme switch: System → Light → Dark.
import { useState } from 'react'
import { Button } from '../components/ui/button.tsx'
import { applyTheme, readTheme, type ThemeChoice } from './theme.ts'

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' }
const LABEL: Record<ThemeChoice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' }

export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(readTheme)
  return (
    <Button
      variant="ghost"
      size="small"
      onClick={() => {
        const next = NEXT[choice]
        applyTheme(next)
        setChoice(next)
      }}
      title="Switch between the system theme, light and dark"
    >
      {LABEL[choice]}
    </Button>
  )
}
