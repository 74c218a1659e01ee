import { describe, expect, it } from 'vitest'
import { hasDotSegment, matchEsRoute, type EsRouteName } from '../../server/es-routes.ts'

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const

// Every allow-listed path with the methods it accepts and the route it is; every other method must be a 405.
const ROUTES: [string, string[], EsRouteName][] = [
  ['/', ['GET', 'HEAD'], 'root'],
  ['/_connector', ['GET'], 'connector-list'],
  ['/_connector/my-connector', ['GET'], 'connector'],
  ['/_connector/_sync_job', ['GET', 'POST'], 'sync-job-list'],
  ['/_connector/_sync_job/job-1', ['GET', 'DELETE'], 'sync-job'],
  ['/_connector/_sync_job/job-1/_cancel', ['PUT'], 'sync-job-action'],
  ['/_connector/_sync_job/job-1/_check_in', ['PUT'], 'sync-job-action'],
  ['/_connector/_sync_job/job-1/_claim', ['PUT'], 'sync-job-action'],
  ['/_connector/_sync_job/job-1/_error', ['PUT'], 'sync-job-action'],
]

describe('matchEsRoute: methods', () => {
  for (const [path, allowed, route] of ROUTES) {
    for (const method of METHODS) {
      const expected = allowed.includes(method) ? 'allowed' : 'method-not-allowed'
      it(`${method} ${path} is ${expected}`, () => {
        expect(matchEsRoute(method, path, '')).toEqual(
          expected === 'allowed' ? { kind: 'allowed', route, path, query: '' } : { kind: 'method-not-allowed', allow: allowed },
        )
      })
    }
  }
})

describe('matchEsRoute: paths that are not routes', () => {
  it.each([
    '/_security/user',
    '/_cluster/settings',
    '/.elastic-connectors/_search',
    '/_search',
    '/_all',
    '/_connector/_sync_job/job-1/_delete',
    '/_connector/_sync_job/job-1/_stats',
    '/_connector/_sync_job/job-1/_cancel/extra',
    '/_connector/my-connector/_sync_job',
    '/_connector/my-connector/_configuration',
    '/_connector/_sync_job/job-1/_CANCEL',
    '/_CONNECTOR/_sync_job',
    'no-leading-slash',
    '',
  ])('%s is not found', (path) => {
    expect(matchEsRoute('GET', path, '').kind).toBe('not-found')
    expect(matchEsRoute('PUT', path, '').kind).toBe('not-found')
  })
})

describe('matchEsRoute: path tricks', () => {
  it.each([
    ['dot-dot segment', '/_connector/_sync_job/../../_security/user'],
    ['dot segment', '/_connector/./_sync_job'],
    ['encoded dot-dot', '/_connector/_sync_job/%2e%2e/%2E%2E/_security'],
    ['encoded dot-dot inside an id', '/_connector/_sync_job/a%2F%2e%2e%2F_security'],
    ['dot-dot behind an encoded slash', '/_connector/_sync_job/a%2F..%2F..%2F_security%2Fuser'],
    ['an id that is ..', '/_connector/_sync_job/..'],
    ['encoded underscore', '/%5Fconnector/_sync_job'],
    ['encoded underscore (lowercase)', '/_connector/%5fsync_job'],
    ['encoded underscore in an action', '/_connector/_sync_job/job-1/%5Fcancel'],
    ['encoded slash between fixed segments', '/_connector%2F_sync_job'],
    ['double slash', '/_connector//_sync_job'],
    ['leading double slash', '//_connector/_sync_job'],
    ['trailing slash', '/_connector/_sync_job/'],
    ['backslash', '/_connector\\_sync_job'],
    ['encoded backslash', '/_connector/_sync_job/a%5C..%5C_security'],
    ['NUL', '/_connector/_sync_job/a\u0000'],
    ['encoded NUL', '/_connector/_sync_job/a%00'],
    ['encoded newline', '/_connector/_sync_job/a%0A'],
    ['malformed percent-encoding', '/_connector/_sync_job/a%zz'],
    ['truncated percent-encoding', '/_connector/_sync_job/a%2'],
  ])('%s: %s is refused', (_name, path) => {
    for (const method of METHODS) expect(matchEsRoute(method, path, '').kind).toBe('not-found')
  })

  it('keeps an id byte for byte, %2F included', () => {
    expect(matchEsRoute('GET', '/_connector/_sync_job/a%2Fb%20c', '')).toEqual({
      kind: 'allowed',
      route: 'sync-job',
      path: '/_connector/_sync_job/a%2Fb%20c',
      query: '',
    })
    expect(matchEsRoute('PUT', '/_connector/_sync_job/a%2Fb/_cancel', '').kind).toBe('allowed')
    expect(matchEsRoute('GET', '/_connector/conn%3Fx', '').kind).toBe('allowed')
  })

  it('takes ids that begin with _ or contain dots (base64url ids can)', () => {
    expect(matchEsRoute('GET', '/_connector/_sync_job/_abc-DEF', '').kind).toBe('allowed')
    expect(matchEsRoute('GET', '/_connector/_sync_job/a..b', '').kind).toBe('allowed')
  })

  it('knows no methods beyond its table (no prototype lookups)', () => {
    for (const method of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(matchEsRoute(method, '/_connector', '').kind).toBe('method-not-allowed')
    }
  })

  it('lets fixed segments win over ids, as Elasticsearch does', () => {
    expect(matchEsRoute('POST', '/_connector/_sync_job', '').kind).toBe('allowed')
    expect(matchEsRoute('POST', '/_connector/other', '')).toEqual({ kind: 'method-not-allowed', allow: ['GET'] })
  })
})

describe('matchEsRoute: query parameters', () => {
  it('accepts the list filters and paging', () => {
    const query = '?from=0&size=25&status=pending&connector_id=c%201&job_type=full%2Cincremental'
    expect(matchEsRoute('GET', '/_connector/_sync_job', query)).toEqual({
      kind: 'allowed',
      route: 'sync-job-list',
      path: '/_connector/_sync_job',
      query,
    })
    const connectorQuery = '?from=0&size=5&query=a&connector_name=x&index_name=y&service_type=z&include_deleted=true'
    expect(matchEsRoute('GET', '/_connector', connectorQuery).kind).toBe('allowed')
    expect(matchEsRoute('GET', '/_connector/c1', '?include_deleted=true').kind).toBe('allowed')
  })

  it('accepts filter_path on the two list reads and the one-job read only', () => {
    expect(matchEsRoute('GET', '/_connector/_sync_job', '?size=1&filter_path=-results.connector.configuration').kind).toBe('allowed')
    expect(matchEsRoute('GET', '/_connector', '?filter_path=count,results.id').kind).toBe('allowed')
    expect(matchEsRoute('GET', '/_connector/_sync_job/j1', '?filter_path=id').kind).toBe('allowed')
    expect(matchEsRoute('DELETE', '/_connector/_sync_job/j1', '?filter_path=id').kind).toBe('unknown-parameters')
    expect(matchEsRoute('GET', '/', '?filter_path=version').kind).toBe('unknown-parameters')
  })

  it.each(['format=yaml', 'error_trace=true', 'pretty', 'human=true', 'source=%7B%7D', 'foo=1'])(
    'refuses %s, even though Elasticsearch accepts some of these everywhere',
    (param) => {
      expect(matchEsRoute('GET', '/_connector/_sync_job', `?size=1&${param}`)).toEqual({
        kind: 'unknown-parameters',
        names: [param.split('=')[0]],
      })
    },
  )

  it('decodes parameter names before checking them', () => {
    expect(matchEsRoute('GET', '/_connector/_sync_job', '?error%5Ftrace=true').kind).toBe('unknown-parameters')
  })

  it('accepts no parameters on the routes that take none', () => {
    expect(matchEsRoute('GET', '/', '?pretty').kind).toBe('unknown-parameters')
    expect(matchEsRoute('GET', '/_connector/_sync_job/j', '?size=1').kind).toBe('unknown-parameters')
    expect(matchEsRoute('POST', '/_connector/_sync_job', '?size=1').kind).toBe('unknown-parameters')
    expect(matchEsRoute('PUT', '/_connector/_sync_job/j/_cancel', '?refresh=true').kind).toBe('unknown-parameters')
  })
})

describe('hasDotSegment', () => {
  it.each(['/es/..', '/es/_connector/../x', '/es/./x', '/es/%2e%2E/x', '/es/.%2e', '/es/x/%2E', '/..'])('finds one in %s', (path) => {
    expect(hasDotSegment(path)).toBe(true)
  })
  it.each(['/es/_connector/a..b', '/es/_connector/.a', '/es/_connector/a.', '/es/_connector/%2e%2ea', '/jobs'])('finds none in %s', (path) => {
    expect(hasDotSegment(path)).toBe(false)
  })
})
