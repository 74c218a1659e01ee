import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './tools/chromium.ts'
import { emulators, servers } from './test/e2e/support/servers.ts'

const port = (url: string) => new URL(url).port

// One `npm start` (it builds the app), then the other scenarios serve that same build. Each server
// reads dist/ per request, so starting before the build has finished is harmless; Playwright waits
// for every URL before the first spec runs.
const serve = (url: string, env: Record<string, string>, command = 'npm run serve') => ({
  command,
  url: `${url}/jobs`,
  reuseExistingServer: false,
  timeout: 180_000,
  env: { HOST: '127.0.0.1', PORT: port(url), EMULATOR_SEED: '7', ...env },
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
})

const emulator = (url: string, order: 'asc' | 'desc') => ({
  command: `npm run emulator -- --host 127.0.0.1 --port ${port(url)} --connectors 8 --jobs 240 --seed 3 --order ${order} --no-worker`,
  url: `${url}/`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
})

// Every spec runs in the system Chromium (Playwright's own browser download does not work here).
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: servers.live,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    serve(servers.live, {}, 'npm start'),
    serve(servers.noWorker, { EMULATOR_WORKER: 'false' }),
    serve(servers.flaky, { EMULATOR_WORKER: 'false', EMULATOR_FAIL_RATE: '0.2' }),
    emulator(emulators.asc, 'asc'),
    emulator(emulators.desc, 'desc'),
    serve(servers.proxyAsc, { ES_URL: emulators.asc }),
    serve(servers.proxyDesc, { ES_URL: emulators.desc }),
    // No worker: a spec checks that refused requests changed nothing, which a worker's own moves would blur.
    serve(servers.readOnly, { READ_ONLY: 'true', EMULATOR_WORKER: 'false' }),
  ],
})
