import { existsSync } from 'node:fs'

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** The system Chromium the e2e specs drive; CHROMIUM_PATH overrides the search. */
export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...candidates].find((p) => p && existsSync(p))
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    )
  }
  return found
}

/** Flags that work on headless CI machines without GPU or outside network (the machine guide's list). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
