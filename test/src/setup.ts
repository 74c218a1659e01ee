// Component-test setup: every request goes through msw, and an unhandled one fails the test.
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { stopEmulators } from './support/emulator.ts'
import { mswServer } from './support/msw-server.ts'

beforeAll(() => mswServer.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  cleanup()
  mswServer.resetHandlers()
  stopEmulators()
  localStorage.clear()
})
afterAll(() => mswServer.close())
