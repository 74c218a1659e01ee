// Query-client defaults: what is retried, how long it waits, and that mutations never retry.
import { describe, expect, it } from 'vitest'
import { EsError } from '../../../src/api/es-error.ts'
import { createQueryClient, retryDelay, shouldRetry } from '../../../src/app/query-client.ts'

const esError = (status: number, type = 'x') => new EsError({ status, type, reason: 'r' })

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

  it('backs off exponentially with a cap', () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const base = Math.min(8000, 500 * 2 ** attempt)
      const delay = retryDelay(attempt)
      expect(delay).toBeGreaterThanOrEqual(base / 2)
      expect(delay).toBeLessThanOrEqual(base)
    }
  })

  it('never retries a mutation', () => {
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false)
  })
})
