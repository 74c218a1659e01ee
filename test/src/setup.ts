// Component-test setup: every request goes through msw, and an unhandled one fails the test.
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { stopEmulators } from './support/emulator.ts'
import { mswServer } from './support/msw-server.ts'

// Pages render through the real router and an emulator, and each page is a lazy chunk: on a loaded
// 2-core machine the first render can take several seconds. Below the dom project's 15 s test timeout.
configure({ asyncUtilTimeout: 10_000 })

beforeAll(() => mswServer.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  cleanup()
  mswServer.resetHandlers()
  stopEmulators()
  localStorage.clear()
})
afterAll(() => mswServer.close())
