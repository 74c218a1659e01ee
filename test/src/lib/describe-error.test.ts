// What each failure is called and what the operator is told to do.
import { describe, expect, it } from 'vitest'
import { EsError } from '../../../src/api/es-error.ts'
import { describeError } from '../../../src/lib/describe-error.ts'

const make = (status: number, type: string, reason = 'r') => new EsError({ status, type, reason })

describe('describeError', () => {
  it('calls a network failure, a 502 and a 504 "cluster unreachable"', () => {
    expect(describeError(EsError.network(new Error('x'))).kind).toBe('unreachable')
    expect(describeError(make(502, 'syncboard_upstream_unreachable')).kind).toBe('unreachable')
    expect(describeError(make(504, 'syncboard_upstream_timeout')).advice).toContain('did not answer in time')
  })

  it('names the privileges on a 403 and the credentials on a 401', () => {
    const readRefused = describeError(
      make(403, 'security_exception', 'action [cluster:admin/xpack/connector/sync_job/list] is unauthorized for API key id [x]'),
    )
    expect(readRefused.advice).toContain('cluster:admin/xpack/connector/sync_job/list')
    expect(readRefused.advice).toContain('monitor_connector')
    expect(readRefused.advice).not.toContain('manage_connector')
    const writeRefused = describeError(
      make(403, 'security_exception', 'action [cluster:admin/xpack/connector/sync_job/post] is unauthorized for user [u]'),
    )
    expect(writeRefused.advice).toContain('manage_connector')
    expect(describeError(make(401, 'security_exception')).advice).toContain('ES_API_KEY')
  })

  it('tells read-only mode apart from missing privileges', () => {
    expect(describeError(make(403, 'security_exception', 'Syncboard is in read-only mode')).kind).toBe('read-only')
  })

  it('tells the server’s own refusals apart from the cluster’s', () => {
    expect(describeError(make(403, 'syncboard_forbidden_host')).advice).toContain('ALLOWED_HOSTS')
    expect(describeError(make(403, 'syncboard_cross_site_request')).kind).toBe('refused')
  })

  it('recognises a cluster without the connector API', () => {
    const error = EsError.fromResponse(400, { error: 'no handler found for uri [/_connector/_sync_job] and method [GET]' }, '')
    expect(describeError(error).kind).toBe('no-connector-api')
  })

  it('calls 429 and 503 busy, other 4xx refused and other 5xx server failures', () => {
    expect(describeError(make(429, 'es_rejected_execution_exception')).kind).toBe('busy')
    expect(describeError(make(503, 'unavailable_shards_exception')).kind).toBe('busy')
    expect(describeError(make(400, 'illegal_argument_exception')).kind).toBe('refused')
    expect(describeError(make(500, 'null_pointer_exception')).kind).toBe('server')
  })
})
