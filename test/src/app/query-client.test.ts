// Query-client defaults: what is retried, how long it waits, and that mutations never retry.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EsError } from '../../../src/api/es-error.ts'
import { createQueryClient, retryDelay, shouldRetry } from '../../../src/app/query-client.ts'

const esError = (status: number, type = 'x') => new EsError({ status, type, reason: 'r' })
const ATTEMPTS = Array.from({ length: 12 }, (_, attempt) => attempt)

afterEach(() => vi.restoreAllMocks())

describe('query-client defaults', () => {
  it('retries network errors, 429 and 5xx, up to three times', () => {
    expect(shouldRetry(0, EsError.network(new TypeError('Failed to fetch')))).toBe(true)
    expect(shouldRetry(0, esError(429))).toBe(true)
    expect(shouldRetry(2, esError(503))).toBe(true)
    expect(shouldRetry(3, esError(503))).toBe(false)
  })

  it('never retries a client error or something that is not an EsError', () => {
    expect(shouldRetry(0, esError(400))).toBe(false)
    expect(shouldRetry(0, esError(404))).toBe(false)
    expect(shouldRetry(0, esError(403))).toBe(false)
    expect(shouldRetry(0, new Error('bug'))).toBe(false)
  })

  it('waits under a second before the first retry, longer before each next one, and never more than 8 s', () => {
    for (const random of [0, 0.5, 0.999_999]) {
      vi.spyOn(Math, 'random').mockReturnValue(random)
      const delays = ATTEMPTS.map((attempt) => retryDelay(attempt))
      expect(delays[0]).toBeGreaterThan(0)
      expect(delays[0]).toBeLessThanOrEqual(1_000)
      expect(Math.max(...delays)).toBeLessThanOrEqual(8_000)
      expect(delays).toEqual(delays.toSorted((a, b) => a - b))
      // The wait grows: the fourth retry waits several times longer than the first.
      expect(delays[3]).toBeGreaterThanOrEqual(4 * delays[0]!)
    }
  })

  it('spreads retries of the same attempt apart, without ever waiting under half the longest wait', () => {
    for (const attempt of ATTEMPTS) {
      vi.spyOn(Math, 'random').mockReturnValue(0)
      const shortest = retryDelay(attempt)
      vi.spyOn(Math, 'random').mockReturnValue(0.999_999)
      const longest = retryDelay(attempt)
      expect(longest).toBeGreaterThan(shortest)
      expect(shortest).toBeGreaterThanOrEqual(longest / 2)
    }
  })

  it('never retries a mutation', () => {
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false)
  })
})
