// The servers the e2e run starts (see playwright.config.ts). Specs pick one with
// `test.use({ baseURL: servers.noWorker })`; the default baseURL is `servers.live`.

export const servers = {
  /** `npm start`: embedded emulator, seeded, simulated worker on. */
  live: 'http://127.0.0.1:8181',
  /** Embedded emulator without its worker: jobs only move when a spec moves them. */
  noWorker: 'http://127.0.0.1:8182',
  /** Embedded emulator without worker, 20 % of requests answered 503/429. */
  flaky: 'http://127.0.0.1:8183',
  /** Forwarding to a standalone `npm run emulator -- --order asc` (Elasticsearch 8.12 order). */
  proxyAsc: 'http://127.0.0.1:8184',
  /** Forwarding to a standalone `npm run emulator -- --order desc` (8.13+ order). */
  proxyDesc: 'http://127.0.0.1:8185',
  /** Embedded emulator without worker, in READ_ONLY mode. */
  readOnly: 'http://127.0.0.1:8186',
} as const

export const emulators = {
  asc: 'http://127.0.0.1:9281',
  desc: 'http://127.0.0.1:9282',
} as const
