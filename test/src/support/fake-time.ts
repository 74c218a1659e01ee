// Walking fake timers forward until the page shows something, for tests of polling that backs off:
// after failures the next read waits up to MAX_BACKOFF_MS (src/lib/polling-policy.ts), so a test that
// checks "it recovers" lets the clock run until it has, instead of guessing the current back-off.
import { vi } from 'vitest'
import { MAX_BACKOFF_MS } from '../../../src/lib/polling-policy.ts'

/** Advances fake time a second at a time until `done()` holds; fails once the longest back-off has passed without it. */
export async function advanceUntil(done: () => boolean, what: string, limitMs = MAX_BACKOFF_MS + 10_000): Promise<number> {
  let waited = 0
  while (!done()) {
    if (waited >= limitMs) throw new Error(`${what}: still not so after ${limitMs / 1000} s of fake time`)
    await vi.advanceTimersByTimeAsync(1_000)
    waited += 1_000
  }
  return waited
}
