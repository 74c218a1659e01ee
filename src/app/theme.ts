// Light / dark / system theme: the choice lives in localStorage and on <html data-theme>; "system"
// removes the attribute so the CSS follows prefers-color-scheme.
export type ThemeChoice = 'system' | 'light' | 'dark'

const KEY = 'syncboard.theme'

export function readTheme(): ThemeChoice {
  try {
    const stored = localStorage.getItem(KEY)
    return stored === 'light' || stored === 'dark' ? stored : 'system'
  } catch {
    return 'system'
  }
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement
  if (choice === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', choice)
  try {
    if (choice === 'system') localStorage.removeItem(KEY)
    else localStorage.setItem(KEY, choice)
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}
