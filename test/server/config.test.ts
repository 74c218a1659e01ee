import { describe, expect, it } from 'vitest'
import { ConfigError, parseConfig } from '../../server/config.ts'

const parse = (env: Record<string, string>) => parseConfig(env, { distDir: '/tmp/dist' })

/** The message of the ConfigError `env` causes ('' if it causes none, or another error). */
function errorOf(env: Record<string, string>): string {
  try {
    parse(env)
    return ''
  } catch (error) {
    return error instanceof ConfigError ? error.message : ''
  }
}

describe('parseConfig', () => {
  it('defaults to the embedded emulator on 127.0.0.1:8080', () => {
    const config = parse({})
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      readOnly: false,
      allowedHosts: [],
      remote: null,
      emulator: { seed: 1, connectors: 12, jobs: 300, worker: true, order: 'desc', latencyMs: 0, failRate: 0 },
      upstreamTimeoutMs: 30_000,
      maxBodyBytes: 1024 * 1024,
      distDir: '/tmp/dist',
      logLevel: 'info',
    })
  })

  it('reads PORT, HOST, READ_ONLY, ALLOWED_HOSTS and LOG_LEVEL', () => {
    const config = parse({
      PORT: '9000',
      HOST: '0.0.0.0',
      READ_ONLY: 'TRUE',
      ALLOWED_HOSTS: ' Dash.Example.com , intranet:8443,[::1]:80 ,',
      LOG_LEVEL: 'silent',
    })
    expect(config).toMatchObject({ port: 9000, host: '0.0.0.0', readOnly: true, logLevel: 'silent' })
    expect(config.allowedHosts).toEqual(['dash.example.com', 'intranet:8443', '[::1]:80'])
    expect(parse({ HOST: '[::1]' }).host).toBe('::1')
  })

  it('reads every EMULATOR_* variable', () => {
    const config = parse({
      EMULATOR_SEED: '7',
      EMULATOR_CONNECTORS: '3',
      EMULATOR_JOBS: '40',
      EMULATOR_WORKER: 'false',
      EMULATOR_ORDER: 'asc',
      EMULATOR_LATENCY_MS: '25',
      EMULATOR_FAIL_RATE: '0.2',
    })
    expect(config.emulator).toEqual({ seed: 7, connectors: 3, jobs: 40, worker: false, order: 'asc', latencyMs: 25, failRate: 0.2 })
  })

  it('forwards to ES_URL with an API key, or with basic credentials', () => {
    const withKey = parse({ ES_URL: 'https://es.example.com:9243/', ES_API_KEY: 'abc==', ES_CA_FILE: '/ca.pem' })
    expect(withKey.remote).toEqual({
      url: 'https://es.example.com:9243',
      credentials: { kind: 'api-key', apiKey: 'abc==' },
      caFile: '/ca.pem',
    })
    const withUser = parse({ ES_URL: 'http://localhost:9200/prefix/', ES_USERNAME: 'elastic', ES_PASSWORD: 'pw:with:colons' })
    expect(withUser.remote).toEqual({
      url: 'http://localhost:9200/prefix',
      credentials: { kind: 'basic', username: 'elastic', password: 'pw:with:colons' },
      caFile: null,
    })
    expect(parse({ ES_URL: 'http://localhost:9200' }).remote?.credentials).toEqual({ kind: 'none' })
  })

  it('ignores EMULATOR_* when forwarding (the e2e setup passes them to every server)', () => {
    expect(parse({ ES_URL: 'http://localhost:9200', EMULATOR_SEED: 'not a number' }).remote).not.toBeNull()
  })

  it('reads ES_TIMEOUT_MS', () => {
    expect(parse({ ES_TIMEOUT_MS: '250' }).upstreamTimeoutMs).toBe(250)
  })

  it.each([
    [{ PORT: 'http' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ HOST: 'a host' }, 'HOST'],
    [{ READ_ONLY: 'yes please' }, 'READ_ONLY'],
    [{ ALLOWED_HOSTS: 'good.example, bad/host' }, 'ALLOWED_HOSTS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ EMULATOR_SEED: '1.5' }, 'EMULATOR_SEED'],
    [{ EMULATOR_JOBS: 'many' }, 'EMULATOR_JOBS'],
    [{ EMULATOR_CONNECTORS: '-3' }, 'EMULATOR_CONNECTORS'],
    [{ EMULATOR_WORKER: 'off' }, 'EMULATOR_WORKER'],
    [{ EMULATOR_ORDER: 'random' }, 'EMULATOR_ORDER'],
    [{ EMULATOR_LATENCY_MS: 'slow' }, 'EMULATOR_LATENCY_MS'],
    [{ EMULATOR_FAIL_RATE: '1.5' }, 'EMULATOR_FAIL_RATE'],
    [{ EMULATOR_FAIL_RATE: 'half' }, 'EMULATOR_FAIL_RATE'],
    [{ ES_URL: 'not a url' }, 'ES_URL'],
    [{ ES_URL: 'ftp://es.example.com' }, 'ES_URL'],
    [{ ES_URL: 'http://es.example.com?x=1' }, 'ES_URL'],
    [{ ES_TIMEOUT_MS: '0' }, 'ES_TIMEOUT_MS'],
    [{ ES_URL: 'http://es:9200', ES_USERNAME: 'elastic' }, 'ES_PASSWORD'],
    [{ ES_URL: 'http://es:9200', ES_PASSWORD: 'secret-pw' }, 'ES_USERNAME'],
    [{ ES_API_KEY: 'secret-key' }, 'ES_URL'],
    [{ ES_CA_FILE: '/ca.pem' }, 'ES_URL'],
    [{ ES_URL: 'http://es:9200', ES_CA_FILE: '/ca.pem' }, 'ES_CA_FILE'],
  ])('refuses %o, naming %s', (env, variable) => {
    expect(() => parse(env)).toThrow(ConfigError)
    expect(errorOf(env)).toContain(variable)
  })

  it('refuses two kinds of credentials at once without echoing them', () => {
    const message = errorOf({ ES_URL: 'http://es:9200', ES_API_KEY: 'secret-key', ES_USERNAME: 'u', ES_PASSWORD: 'secret-pw' })
    expect(message).toContain('ES_API_KEY')
    expect(message).not.toMatch(/secret/)
  })

  it('refuses credentials inside ES_URL without echoing them', () => {
    const message = errorOf({ ES_URL: 'https://elastic:secret-pw@es.example.com' })
    expect(message).toContain('ES_URL')
    expect(message).not.toContain('secret-pw')
  })

  it('refuses an API key with whitespace without echoing it', () => {
    const message = errorOf({ ES_URL: 'http://es:9200', ES_API_KEY: 'secret key' })
    expect(message).toContain('ES_API_KEY')
    expect(message).not.toContain('secret')
  })
})
