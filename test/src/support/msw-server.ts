// The msw server of the component tests. Its handlers come from `useEmulator` (support/emulator.ts):
// every `/es/…` request is handed to the same emulator app the dashboard server runs.
import { setupServer } from 'msw/node'

export const mswServer = setupServer()
