import { describe, expect, it } from 'vitest'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { REDACTED_MARKER, type RedactedValue } from '../../../contract/syncboard-protocol.ts'
import { syncJob } from '../../support/factories.ts'
import { MASK, isHidden, isRedacted, isSensitive, maskConfiguration, maskJob } from '../../../src/lib/mask.ts'

const FINGERPRINT = '0123456789abcdef0123456789abcdef'
const redacted = (fingerprint = FINGERPRINT): RedactedValue => ({ [REDACTED_MARKER]: true, fingerprint })

const job = (): SyncJob =>
  syncJob({
    connector: {
      id: 'c1',
      configuration: {
        host: { label: 'Host', value: 'db.example.com', sensitive: false },
        password: { label: 'Password', value: 'hunter2-secret', sensitive: true, default_value: 'also-secret' },
        token: { label: 'Token', value: '', sensitive: true },
        nested: { label: 'Nested', value: { key: 'nested-secret' }, sensitive: true },
      },
    },
  })

describe('mask', () => {
  it('masks every sensitive value and default value, keeping the rest', () => {
    const masked = maskConfiguration(job().connector.configuration)!
    expect(masked.password!.value).toBe(MASK)
    expect(masked.password!.default_value).toBe(MASK)
    expect(masked.password!.label).toBe('Password')
    expect(masked.nested!.value).toBe(MASK)
    expect(masked.host!.value).toBe('db.example.com')
  })

  it('leaves an empty secret empty, so "not set" can be told apart', () => {
    expect(maskConfiguration(job().connector.configuration)!.token!.value).toBe('')
  })

  it('masks the whole job for the raw JSON without changing the original', () => {
    const original = job()
    const json = JSON.stringify(maskJob(original))
    expect(json).not.toContain('hunter2-secret')
    expect(json).not.toContain('also-secret')
    expect(json).not.toContain('nested-secret')
    expect(json).toContain('db.example.com')
    expect(original.connector.configuration!.password!.value).toBe('hunter2-secret')
  })

  it('treats only true (or "true") as sensitive', () => {
    expect(isSensitive({ value: 'x', sensitive: true })).toBe(true)
    expect(isSensitive({ value: 'x', sensitive: 'true' as unknown as boolean })).toBe(true)
    expect(isSensitive({ value: 'x' })).toBe(false)
    expect(isSensitive({ value: 'x', sensitive: false })).toBe(false)
  })

  it('recognises the server’s placeholder, and nothing that merely resembles it', () => {
    expect(isRedacted(redacted())).toBe(true)
    expect(isRedacted({ [REDACTED_MARKER]: true })).toBe(false)
    expect(isRedacted({ [REDACTED_MARKER]: 'true', fingerprint: FINGERPRINT })).toBe(false)
    expect(isRedacted({ fingerprint: FINGERPRINT })).toBe(false)
    expect(isRedacted(REDACTED_MARKER)).toBe(false)
    expect(isRedacted(null)).toBe(false)
  })

  it('hides a value the server replaced, flagged sensitive or not', () => {
    expect(isHidden({ value: redacted(), sensitive: true })).toBe(true)
    // A filter_path can leave the flag out; the server then redacts anyway.
    expect(isHidden({ value: redacted() })).toBe(true)
    expect(isHidden({ value: 'db.example.com', sensitive: false })).toBe(false)
  })

  it('masks placeholders in the raw JSON like any secret: no fingerprint or marker shows as a value', () => {
    const configuration = {
      password: { label: 'Password', value: redacted(), default_value: redacted('fedcba9876543210fedcba9876543210'), sensitive: true },
      unflagged: { label: 'Unflagged', value: redacted() },
      host: { label: 'Host', value: 'db.example.com', sensitive: false },
    }
    const masked = maskConfiguration(configuration)!
    expect(masked.password!.value).toBe(MASK)
    expect(masked.password!.default_value).toBe(MASK)
    expect(masked.unflagged!.value).toBe(MASK)
    expect(masked.host).toBe(configuration.host)
    const json = JSON.stringify(masked)
    expect(json).not.toContain(FINGERPRINT)
    expect(json).not.toContain(REDACTED_MARKER)
  })

  it('copes with a job without configuration', () => {
    const bare = { ...job(), connector: { id: 'c1' } }
    expect(maskJob(bare)).toEqual(bare)
  })
})
