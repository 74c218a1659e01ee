// The emulator's command-line parser: documented defaults, every option, and a clear message for
// each bad value (main.ts prints it with the usage and exits with code 2).

import { describe, expect, it } from 'vitest'
import { EMULATOR_USAGE, parseEmulatorArgs } from '../../../server/emulator/cli-options.ts'

describe('parseEmulatorArgs', () => {
  it('uses the documented defaults', () => {
    expect(parseEmulatorArgs([])).toEqual({
      kind: 'options',
      options: { port: 9200, host: '127.0.0.1', connectors: 12, jobs: 300, seed: 1, worker: true, order: 'desc', latencyMs: 0, failRate: 0 },
    })
  })

  it('reads every option, in both --name value and --name=value forms', () => {
    const argv = ['--port', '9201', '--host=0.0.0.0', '--connectors', '3', '--jobs', '100000', '--seed', '42', '--no-worker', '--order', 'asc', '--latency-ms', '250', '--fail-rate=0.1']
    expect(parseEmulatorArgs(argv)).toEqual({
      kind: 'options',
      options: { port: 9201, host: '0.0.0.0', connectors: 3, jobs: 100000, seed: 42, worker: false, order: 'asc', latencyMs: 250, failRate: 0.1 },
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
