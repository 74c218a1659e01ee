// The emulator behind a real HTTP port, as `npm run emulator` serves it: a cluster for the dashboard
// server to forward to (ES_URL) whose store the test can still reach into.

import { serve, type ServerType } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { createEmulator, type Emulator, type EmulatorOptions } from '../../../server/emulator/app.ts'

export interface StandaloneEmulator {
  url: string
  emulator: Emulator
  close(): Promise<void>
}

export async function startStandaloneEmulator(options: EmulatorOptions): Promise<StandaloneEmulator> {
  const emulator = createEmulator(options)
  let server: ServerType | undefined
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: emulator.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    emulator,
    close: () =>
      new Promise((resolve) => {
        emulator.stop()
        if (server && 'closeAllConnections' in server) server.closeAllConnections()
        if (server) server.close(() => resolve())
        else resolve()
      }),
  }
}
