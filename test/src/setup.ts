// Component-test setup: every request goes through msw, and an unhandled one fails the test.
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { stopEmulators } from './support/emulator.ts'
import { mswServer } from './support/msw-server.ts'

// Pages render through the real router and an emulator; on a loaded machine that can take over a second.
configure({ asyncUtilTimeout: 5_000 })

beforeAll(() => mswServer.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  cleanup()
  mswServer.resetHandlers()
  stopEmulators()
  localStorage.clear()
})
afterAll(() => mswServer.close())
