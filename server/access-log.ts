// One access-log line per request: time, method, path with query string, status, duration. Never
// headers or bodies — that is where credentials and cookies live. Query strings are kept: the only
// parameters /es accepts are filters and paging, and refused ones never reach a cluster.

import type { MiddlewareHandler } from 'hono'

export type LogSink = (line: string) => void

export function accessLog(write: LogSink): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const url = c.req.url
    // The raw path as received (percent-encoded, so a log line cannot be split or forged).
    const pathAndQuery = url.slice(url.indexOf('/', url.indexOf('//') + 2))
    const ms = (performance.now() - started).toFixed(1)
    write(`${new Date().toISOString()} ${c.req.method} ${pathAndQuery} ${c.res.status} ${ms}ms`)
  }
}
