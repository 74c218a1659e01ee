// The Vite dev server's /es mount (see vite.config.ts): `/es/*` and `/syncboard/config` go to the
// same dashboard app `npm start` serves — emulator or ES_URL, with every check — so `npm run dev`
// behaves like production. Vite keeps serving the app's own files, with hot reload.

import { getRequestListener } from '@hono/node-server'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ES_PREFIX, SERVER_CONFIG_URL } from '../contract/syncboard-protocol.ts'
import { createDashboardApp } from './app.ts'
import { parseConfig } from './config.ts'

type ConnectMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void

export async function createDevMiddleware(env: NodeJS.ProcessEnv = process.env): Promise<ConnectMiddleware> {
  const { app, close } = createDashboardApp(parseConfig(env), { apiOnly: true })
  // Vite's process owns the globals; leave its Request/Response alone.
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false })
  process.once('exit', close)

  return (req, res, next) => {
    const url = req.url ?? '/'
    const path = url.split('?')[0] ?? ''
    if (path === ES_PREFIX || path.startsWith(`${ES_PREFIX}/`) || path === SERVER_CONFIG_URL) {
      listener(req, res).catch(next)
      return
    }
    next()
  }
}
