// The dashboard server's configuration, parsed from environment variables (the stable interface
// documented in docs/connect-your-cluster.md). Pure: no file or network access, so every rule is unit-tested; an invalid value throws a
// ConfigError naming the variable — and never echoing a secret's value.

import type { EmulatorSettings } from './emulator/app.ts'

export type LogLevel = 'info' | 'error' | 'silent'

export type EsCredentials =
  | { kind: 'api-key'; apiKey: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'none' }

export interface RemoteCluster {
  /** Origin plus an optional base path (no trailing slash), e.g. `https://es.example.com:9243`. */
  url: string
  credentials: EsCredentials
  /** Path of a PEM file with the CA(s) that signed the cluster's certificate. */
  caFile: string | null
}

export interface DashboardConfig {
  host: string
  port: number
  readOnly: boolean
  /** Extra Host header names (optionally `name:port`) served besides loopback and the bound host. */
  allowedHosts: string[]
  /** null: /es is the embedded emulator. */
  remote: RemoteCluster | null
  emulator: EmulatorSettings
  /** How long the cluster may take to start answering before the browser gets a 504. */
  upstreamTimeoutMs: number
  maxBodyBytes: number
  /** The built app; read at request time, so it may not exist yet when the server starts. */
  distDir: string
  logLevel: LogLevel
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Env = Readonly<Record<string, string | undefined>>

const DEFAULT_DIST_DIR = new URL('../dist/', import.meta.url).pathname

/** Reads the configuration from `env` (normally `process.env`). Throws ConfigError. */
export function parseConfig(env: Env, defaults: { distDir?: string } = {}): DashboardConfig {
  const remote = parseRemote(env)
  return {
    host: parseHost(env),
    port: parseInteger(env, 'PORT', 8080, 0, 65535),
    readOnly: parseBoolean(env, 'READ_ONLY', false),
    allowedHosts: parseAllowedHosts(env),
    remote,
    // The e2e setup passes EMULATOR_* to forwarding servers too, so they are only read (and
    // validated) when the emulator is actually used.
    emulator: remote ? defaultEmulator() : parseEmulator(env),
    upstreamTimeoutMs: parseInteger(env, 'ES_TIMEOUT_MS', 30_000, 1, 600_000),
    maxBodyBytes: 1024 * 1024,
    distDir: defaults.distDir ?? DEFAULT_DIST_DIR,
    logLevel: parseLogLevel(env),
  }
}

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim()
  return raw === undefined || raw === '' ? undefined : raw
}

function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name)
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
  }
  return Number(raw)
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = value(env, name)?.toLowerCase()
  if (raw === undefined) return fallback
  if (raw === 'true' || raw === '1') return true
  if (raw === 'false' || raw === '0') return false
  throw new ConfigError(`${name} must be "true" or "false", got "${raw}"`)
}

const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/
const IPV6 = /^[0-9a-f:.]+$/

function isHostName(name: string): boolean {
  return HOSTNAME.test(name) || (name.includes(':') && IPV6.test(name))
}

function parseHost(env: Env): string {
  const raw = value(env, 'HOST')?.toLowerCase() ?? '127.0.0.1'
  const bare = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1) : raw
  if (!isHostName(bare)) throw new ConfigError(`HOST must be a host name or an IP address, got "${raw}"`)
  return bare
}

function parseAllowedHosts(env: Env): string[] {
  const raw = value(env, 'ALLOWED_HOSTS')
  if (raw === undefined) return []
  return raw
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(entry)
      const name = match?.[1]?.replace(/^\[|\]$/g, '')
      const port = match?.[2]
      if (!name || !isHostName(name) || (port !== undefined && Number(port) > 65535)) {
        throw new ConfigError(`ALLOWED_HOSTS must be a comma list of host names (optionally with :port), got "${entry}"`)
      }
      return entry
    })
}

function parseLogLevel(env: Env): LogLevel {
  const raw = value(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info'
  if (raw === 'info' || raw === 'error' || raw === 'silent') return raw
  throw new ConfigError(`LOG_LEVEL must be one of info, error, silent, got "${raw}"`)
}

function parseRemote(env: Env): RemoteCluster | null {
  const rawUrl = value(env, 'ES_URL')
  const apiKey = value(env, 'ES_API_KEY')
  const username = value(env, 'ES_USERNAME')
  const password = env.ES_PASSWORD ?? ''
  const caFile = value(env, 'ES_CA_FILE') ?? null

  if (rawUrl === undefined) {
    // Credentials without a cluster mean the operator expects a real cluster and would otherwise
    // silently get demo data.
    for (const name of ['ES_API_KEY', 'ES_USERNAME', 'ES_PASSWORD', 'ES_CA_FILE']) {
      if (value(env, name) !== undefined) throw new ConfigError(`${name} is set but ES_URL is not`)
    }
    return null
  }
  const url = parseEsUrl(rawUrl)
  if (caFile !== null && url.startsWith('http:')) {
    throw new ConfigError('ES_CA_FILE is set but ES_URL is http://, which does not use TLS; use https://')
  }
  return { url, credentials: parseCredentials(apiKey, username, password), caFile }
}

function parseEsUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError('ES_URL must be an absolute http:// or https:// URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`ES_URL must use http or https, got "${url.protocol.replace(':', '')}"`)
  }
  // Credentials in the URL would end up in logs and error messages; they have their own variables.
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError('ES_URL must not contain credentials; use ES_API_KEY or ES_USERNAME and ES_PASSWORD')
  }
  if (url.search !== '' || url.hash !== '') throw new ConfigError('ES_URL must not have a query string or fragment')
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

function parseCredentials(apiKey: string | undefined, username: string | undefined, password: string): EsCredentials {
  if (apiKey !== undefined && username !== undefined) {
    throw new ConfigError('set either ES_API_KEY or ES_USERNAME and ES_PASSWORD, not both')
  }
  if (apiKey !== undefined) {
    if (/[\s\p{Cc}]/u.test(apiKey)) throw new ConfigError('ES_API_KEY must not contain spaces or control characters')
    return { kind: 'api-key', apiKey }
  }
  if (username !== undefined) {
    if (password === '') throw new ConfigError('ES_USERNAME is set but ES_PASSWORD is empty')
    if (username.includes(':')) throw new ConfigError('ES_USERNAME must not contain ":"')
    return { kind: 'basic', username, password }
  }
  if (password !== '') throw new ConfigError('ES_PASSWORD is set but ES_USERNAME is not')
  return { kind: 'none' }
}

function defaultEmulator(): EmulatorSettings {
  return { seed: 1, connectors: 12, jobs: 300, worker: true, order: 'desc', latencyMs: 0, failRate: 0 }
}

function parseEmulator(env: Env): EmulatorSettings {
  const defaults = defaultEmulator()
  const order = value(env, 'EMULATOR_ORDER')?.toLowerCase() ?? defaults.order
  if (order !== 'desc' && order !== 'asc') throw new ConfigError(`EMULATOR_ORDER must be "desc" or "asc", got "${order}"`)
  const rawFailRate = value(env, 'EMULATOR_FAIL_RATE')
  const failRate = rawFailRate === undefined ? 0 : Number(rawFailRate)
  if (!/^\d*\.?\d+$/.test(rawFailRate ?? '0') || !(failRate >= 0 && failRate <= 1)) {
    throw new ConfigError(`EMULATOR_FAIL_RATE must be a fraction from 0 to 1, got "${rawFailRate}"`)
  }
  return {
    seed: parseInteger(env, 'EMULATOR_SEED', defaults.seed, 0, 2 ** 31 - 1),
    connectors: parseInteger(env, 'EMULATOR_CONNECTORS', defaults.connectors, 0, 10_000),
    jobs: parseInteger(env, 'EMULATOR_JOBS', defaults.jobs, 0, 1_000_000),
    worker: parseBoolean(env, 'EMULATOR_WORKER', defaults.worker),
    order,
    latencyMs: parseInteger(env, 'EMULATOR_LATENCY_MS', 0, 0, 600_000),
    failRate,
    // Only when asked for: the simulated service keeps the real service's timing otherwise.
    ...(value(env, 'EMULATOR_TIME_SCALE') === undefined ? {} : { timeScale: parseInteger(env, 'EMULATOR_TIME_SCALE', 1, 1, 1000) }),
  }
}
