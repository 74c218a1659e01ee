// The export's rows and files (src/lib/jobs-export.ts): the flat row with the connector's name
// joined, CSV quoting and formula defusing, JSON in the columns' order, and the file name that
// carries the view's filters.
import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS } from '../../../src/lib/job-filters.ts'
import { csvField, EXPORT_COLUMNS, exportFileName, toCsv, toExportRow, toJson, type ExportJob } from '../../../src/lib/jobs-export.ts'

const job: ExportJob = {
  id: 'job-1',
  status: 'error',
  job_type: 'full',
  trigger_method: 'scheduled',
  connector: { id: 'c-1' },
  created_at: '2026-11-26T04:00:00.000Z',
  started_at: '2026-11-26T04:00:05.000Z',
  completed_at: '2026-11-26T04:10:00.000Z',
  indexed_document_count: 12,
  deleted_document_count: 0,
  indexed_document_volume: 3,
  total_document_count: 40,
  error: 'Timeout, "socket" closed\nretrying',
  worker_hostname: 'worker-a',
}
const connectors = new Map([['c-1', { name: '=HYPERLINK("x")', service_type: 'sharepoint_online' }]])
const { page: _page, size: _size, ...noFilters } = DEFAULT_FILTERS

describe('jobs export', () => {
  it('flattens a job with its connector name and service type joined, empty where unknown', () => {
    const row = toExportRow(job, connectors)
    expect(row.connector_id).toBe('c-1')
    expect(row.connector_name).toBe('=HYPERLINK("x")')
    expect(row.service_type).toBe('sharepoint_online')
    expect(row.canceled_at).toBe('')
    expect(row.indexed_document_count).toBe(12)
    expect(toExportRow({ ...job, connector: { id: 'gone' } }, connectors).connector_name).toBe('')
    expect(Object.keys(row).sort()).toEqual([...EXPORT_COLUMNS].sort())
  })

  it('quotes CSV fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('=1+2')).toBe("'=1+2")
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('-1')).toBe("'-1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('=A1,"x"')).toBe(`"'=A1,""x"""`)
    expect(csvField(-3)).toBe('-3')
    expect(csvField(null)).toBe('')
  })

  it('writes a header and one CRLF line per job, which parse back to the same values', () => {
    const csv = toCsv([toExportRow(job, connectors)])
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','))
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv).toContain(`job-1,error,full,scheduled,c-1,"'=HYPERLINK(""x"")",sharepoint_online,`)
    expect(csv).toContain('"Timeout, ""socket"" closed\nretrying"')
  })

  it('writes JSON rows with the columns as keys, in order, raw values untouched', () => {
    const parsed = JSON.parse(toJson([toExportRow(job, connectors)])) as Record<string, unknown>[]
    expect(parsed).toHaveLength(1)
    expect(Object.keys(parsed[0] ?? {})).toEqual([...EXPORT_COLUMNS])
    expect(parsed[0]?.connector_name).toBe('=HYPERLINK("x")')
    expect(parsed[0]?.error).toBe(job.error)
  })

  it('names the file after the filters and the minute it was taken', () => {
    const now = new Date('2026-11-26T05:12:40.123Z')
    expect(exportFileName({ ...noFilters, statuses: ['error', 'canceled'], created: { kind: 'last', span: '24h' } }, 'csv', now)).toBe(
      // The URL's canonical order (SYNC_STATUSES), so one view always gets one name.
      'syncboard-jobs-status-canceled,error-created-24h-2026-11-26T0512Z.csv',
    )
    expect(exportFileName(noFilters, 'json', now)).toBe('syncboard-jobs-2026-11-26T0512Z.json')
    const range = exportFileName({ ...noFilters, connectorIds: ['a/b c'], created: { kind: 'range', from: Date.parse('2026-11-25T00:00:00Z'), to: undefined }, stuck: true }, 'csv', now)
    expect(range).toBe('syncboard-jobs-connector_id-a_b_c-created-2026-11-25T00_00_00.000Z..-stuck-1-2026-11-26T0512Z.csv')
    const many = exportFileName({ ...noFilters, connectorIds: Array.from({ length: 60 }, (_, i) => `connector-${i}`) }, 'csv', now)
    expect(many.length).toBeLessThan(200)
    expect(many).toMatch(/_etc-2026-11-26T0512Z\.csv$/)
  })
})
