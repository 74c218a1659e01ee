// The emulator's command line: the parser's documented defaults, every option and a clear message for
// each bad value, and the real entry point (exit code 2 on bad options, serving, clean shutdown).

import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { EMULATOR_USAGE, parseEmulatorArgs } from '../../../server/emulator/cli-options.ts'

describe('parseEmulatorArgs', () => {
  it('uses the documented defaults', () => {
    expect(parseEmulatorArgs([])).toEqual({
      kind: 'options',
      options: { port: 9200, host: '127.0.0.1', connectors: 12, jobs: 300, seed: 1, worker: true, order: 'desc', latencyMs: 0, failRate: 0, timeScale: 1 },
    })
  })

  it('reads every option, in both --name value and --name=value forms', () => {
    const argv = ['--port', '9201', '--host=0.0.0.0', '--connectors', '3', '--jobs', '100000', '--seed', '42', '--no-worker', '--order', 'asc', '--latency-ms', '250', '--fail-rate=0.1', '--time-scale', '20']
    expect(parseEmulatorArgs(argv)).toEqual({
      kind: 'options',
      options: { port: 9201, host: '0.0.0.0', connectors: 3, jobs: 100000, seed: 42, worker: false, order: 'asc', latencyMs: 250, failRate: 0.1, timeScale: 20 },
    })
  })

  it('accepts port 0 (any free port) and the boundaries of the fail rate', () => {
    expect(parseEmulatorArgs(['--port', '0', '--fail-rate', '1'])).toMatchObject({ kind: 'options', options: { port: 0, failRate: 1 } })
    expect(parseEmulatorArgs(['--fail-rate', '0'])).toMatchObject({ kind: 'options', options: { failRate: 0 } })
  })

  it('asks for help with --help or -h', () => {
    expect(parseEmulatorArgs(['--help'])).toEqual({ kind: 'help' })
    expect(parseEmulatorArgs(['-h'])).toEqual({ kind: 'help' })
    expect(EMULATOR_USAGE).toContain('--no-worker')
  })

  it.each([
    [['--port', 'abc'], '--port must be an integer from 0 to 65535, got "abc"'],
    [['--port', '70000'], '--port must be an integer from 0 to 65535, got "70000"'],
    [['--jobs=-5'], '--jobs must be an integer from 0 to 1000000, got "-5"'],
    [['--jobs', '1e3'], '--jobs must be an integer from 0 to 1000000, got "1e3"'],
    [['--connectors', '2.5'], '--connectors must be an integer from 0 to 10000, got "2.5"'],
    [['--seed', 'x'], '--seed must be an integer from 0 to 4294967295, got "x"'],
    [['--latency-ms=-1'], '--latency-ms must be an integer from 0 to 600000, got "-1"'],
    [['--fail-rate', '1.5'], '--fail-rate must be a number from 0 to 1, got "1.5"'],
    [['--fail-rate', 'often'], '--fail-rate must be a number from 0 to 1, got "often"'],
    [['--order', 'newest'], '--order must be desc or asc, got "newest"'],
    [['--time-scale', '0'], '--time-scale must be an integer from 1 to 1000, got "0"'],
    [['--time-scale', '2.5'], '--time-scale must be an integer from 1 to 1000, got "2.5"'],
    [['--host', ''], '--host must not be empty'],
  ])('rejects %j', (argv, message) => {
    expect(parseEmulatorArgs(argv)).toEqual({ kind: 'error', message })
  })

  it.each([[['--bogus']], [['--port']], [['stray']], [['--worker=false']]])('rejects malformed arguments %j with parseArgs’ message', (argv) => {
    const result = parseEmulatorArgs(argv)
    expect(result.kind).toBe('error')
    expect(result).toHaveProperty('message', expect.stringMatching(/\S/))
  })
})

describe('npm run emulator', () => {
  const main = fileURLToPath(new URL('../../../server/emulator/main.ts', import.meta.url))

  it('exits with code 2, the reason and the usage on a bad option', () => {
    const result = spawnSync(process.execPath, [main, '--port', 'abc'], { encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('emulator: --port must be an integer from 0 to 65535, got "abc"')
    expect(result.stderr).toContain('Usage: npm run emulator')
  })

  it('serves the seeded API, announces its URL on one line and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [main, '--port', '0', '--connectors', '4', '--jobs', '20', '--no-worker'], { stdio: ['ignore', 'pipe', 'pipe'] })
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    try {
      const [banner] = (await once(createInterface({ input: child.stdout }), 'line')) as [string]
      expect(banner).toMatch(/^Elasticsearch emulator on http:\/\/127\.0\.0\.1:\d+ — 4 connectors, 20 sync jobs \(seed 1\), worker off, list order desc$/)
      const url = /http:\/\/\S+/.exec(banner)![0]
      const response = await fetch(`${url}/_connector/_sync_job?size=0`)
      expect(response.headers.get('x-elastic-product')).toBe('Elasticsearch')
      expect(await response.json()).toEqual({ count: 20, results: [] })
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })
})
