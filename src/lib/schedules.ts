// A connector's `scheduling.<type>.interval` read as a schedule: when it next comes due, when it last
// did, how far apart its ticks are, and what it says in words. Elasticsearch stores the interval as a
// Quartz cron (x-pack `scheduler/Cron.java`: 6 or 7 fields, `sec min hour day-of-month month
// day-of-week [year]`, upper-cased, `?` in one of the day fields, `L` `W` `#`, day of week 1 = Sunday).
// The connector service (elastic/connectors `connectors/utils.py` `next_run`, 8.15+, called from
// `services/job_scheduling.py` on every 30 s poll) drops the seconds field and works in UTC, so a tick
// here is a whole UTC minute.
//
// Read with croner (no dependencies; ≈ 33 kB minified, 10 kB gzip), which reads 6- and 7-field Quartz
// crons with `?`, `L`, `W`, `#`, Quartz's weekday numbering (`alternativeWeekdays`) and a year field,
// and finds previous runs as well as next ones; described with cronstrue (≈ 24 kB minified, 7 kB gzip,
// English only), which understands Quartz. Both are for a page that shows schedules, not the initial
// bundle: the UI loads that page lazily.
//
// What is normalised before reading, and why:
// - upper case, and fields split on any run of spaces or tabs; fields after the seventh are ignored,
//   as Elasticsearch's reader ignores them;
// - the seconds field becomes `0`: the service ignores it, so `0/30 * * * * ?` runs once a minute;
// - a year of `*` or `?` (or none) is dropped; any other year stays as croner's seventh field;
// - a range that wraps around (`22-2` hours, `FRI-MON`, `NOV-FEB`, with or without a step) becomes the
//   list Quartz reads it as, since croner refuses a range whose start is above its end;
// - `?` is read as `*`, and day of month and day of week must both match (Quartz lets only one of
//   them be given; the service's tzcron requires both).
// `L-n` (n days before the end of the month) is valid Quartz that croner cannot compute: it is
// reported as unsupported, not malformed.
//
// Where the service's own reading differs from Quartz's, the reading lists it in `caveats` rather
// than imitating it: a dashboard should show what the schedule says and warn where the service will
// not follow it (`next_run` converts only a plain-number day of week from Quartz's 1 = Sunday, so a
// range keeps tzcron's 1 = Monday; tzcron reads each item as `(\d+|\*)(-\d+)?(/\d+)?`, so a step
// without a range is its start alone, a wrapped range is empty and a bare `L` fails).
import { Cron } from 'croner'
import cronstrue from 'cronstrue'

/** A value, or why the cron could not be read: a connector's row shows the reason instead of breaking. */
export type CronResult<T> = { ok: true; value: T } | { ok: false; cron: string; error: string; kind: 'malformed' | 'unsupported' }

export interface CronReading {
  /** The interval as stored. */
  cron: string
  /** The Quartz expression actually read: upper-cased, seconds `0`, a wildcard year dropped. */
  normalized: string
  /** Where the connector service (8.15+) runs this schedule differently from Quartz's reading. */
  caveats: string[]
}

/** How many parsed crons are kept; a fleet has few distinct schedules. */
const CACHE_LIMIT = 500

const SECOND = 0
const DAY_OF_MONTH = 3
const MONTH = 4
const DAY_OF_WEEK = 5
const YEAR = 6

/** Each field's range, for wrap-around ranges. */
const FIELD_RANGES: readonly (readonly [number, number])[] = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [1, 7],
]
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
/** Quartz numbers days from 1 = Sunday. */
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

interface Parsed {
  reading: CronReading
  cron: Cron
  /** The expression croner reads (wrap-around ranges expanded). */
  pattern: string
  /** The schedule in words, once describeCron has been asked (cronstrue takes about 1 ms a cron). */
  words?: string
}

type ParseResult = { ok: true; value: Parsed } | { ok: false; cron: string; error: string; kind: 'malformed' | 'unsupported' }

const cache = new Map<string, ParseResult>()

/** Reads the cron once; later calls with the same text share the result (the functions stay pure). */
function parse(cron: string): ParseResult {
  const cached = cache.get(cron)
  if (cached) return cached
  const result = parseUncached(cron)
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
  cache.set(cron, result)
  return result
}

function parseUncached(cron: string): ParseResult {
  const fields = cron.trim().toUpperCase().split(/[ \t]+/).filter((field) => field !== '')
  if (fields.length < 6) {
    return { ok: false, cron, kind: 'malformed', error: `A Quartz cron has 6 or 7 fields (seconds first); "${cron}" has ${fields.length}.` }
  }
  const given = fields.slice(0, 7)
  const caveats = serviceCaveats(given)
  const normalizedFields = given.map((field, index) => (index === SECOND ? '0' : field))
  if (normalizedFields.length === 7 && (normalizedFields[YEAR] === '*' || normalizedFields[YEAR] === '?')) normalizedFields.pop()
  const normalized = normalizedFields.join(' ')
  try {
    const pattern = normalizedFields.map((field, index) => (index <= DAY_OF_WEEK ? unwrapRanges(field, index) : field)).join(' ')
    const reader = new Cron(pattern, {
      paused: true,
      // A fixed offset instead of timezone: 'UTC': the same times, without an Intl time-zone conversion on
      // every step (about 10× faster over a fleet of 1,000 connectors).
      utcOffset: 0,
      mode: '6-or-7-parts',
      alternativeWeekdays: true,
      domAndDow: true,
      sloppyRanges: true,
    })
    return { ok: true, value: { reading: { cron, normalized, caveats }, cron: reader, pattern } }
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^CronPattern: /, '') : String(error)
    if (/L has to be a value of its own/.test(message)) {
      return { ok: false, cron, kind: 'unsupported', error: `"${cron}" is valid Quartz, but Syncboard cannot compute \`L-n\` (n days before the end of the month).` }
    }
    return { ok: false, cron, kind: 'malformed', error: `"${cron}" is not a valid schedule: ${message}` }
  }
}

/** `22-2` → `22,23,0,1,2`; `FRI-MON/2` → `6,1`; anything else unchanged. */
function unwrapRanges(field: string, index: number): string {
  const [min, max] = FIELD_RANGES[index]!
  return field
    .split(',')
    .map((item) => {
      const match = /^([A-Z]{3}|\d+)-([A-Z]{3}|\d+)(?:\/(\d+))?$/.exec(item)
      if (!match) return item
      const from = fieldNumber(match[1]!, index)
      const to = fieldNumber(match[2]!, index)
      if (from === undefined || to === undefined || from <= to) return item
      const step = match[3] === undefined ? 1 : Number(match[3])
      if (step === 0 || from > max || to < min) return item
      const size = max - min + 1
      const length = (to - from + size) % size
      const values: number[] = []
      for (let offset = 0; offset <= length; offset += step) values.push(min + ((from - min + offset) % size))
      return values.join(',')
    })
    .join(',')
}

function fieldNumber(text: string, index: number): number | undefined {
  if (/^\d+$/.test(text)) return Number(text)
  const names = index === MONTH ? MONTH_NAMES : index === DAY_OF_WEEK ? DAY_NAMES : undefined
  const position = names?.indexOf(text) ?? -1
  return position < 0 ? undefined : position + 1
}

/** The service's differences from Quartz (connectors `utils.py` `next_run` + bloomberg/tzcron). */
function serviceCaveats(fields: readonly string[]): string[] {
  const caveats: string[] = []
  const seconds = fields[SECOND]!
  if (!/^\d+$/.test(seconds)) {
    caveats.push(`The connector service ignores the seconds field (${seconds}): this schedule runs at most once a minute.`)
  }
  const days = `${fields[DAY_OF_MONTH]} ${fields[DAY_OF_WEEK]}`
  if (/[LW#]/.test(days.replace(/[A-Z]{3}/g, ''))) {
    caveats.push(
      'The connector service does not read `L`, `W` or `#` as Quartz does: a bare `L` makes it report an error, and `15W` or `6#3` lose their suffix.',
    )
  }
  const dayOfWeek = fields[DAY_OF_WEEK]!
  if (/\d/.test(dayOfWeek) && !/^\d+$/.test(dayOfWeek)) {
    caveats.push(
      `The connector service reads the numbers in the day of week \`${dayOfWeek}\` with 1 = Monday (Quartz: 1 = Sunday), so it runs a day later than this reading.`,
    )
  }
  const steps = fields.slice(1, 6).filter((field) => field.split(',').some((item) => /^\d+\/\d+$/.test(item)))
  if (steps.length > 0) {
    caveats.push(`The connector service reads a step without a range (\`${steps[0]}\`) as its start alone, so it runs less often than this reading.`)
  }
  const wrapped = fields.slice(1, 6).find((field, offset) => unwrapRanges(field, offset + 1) !== field)
  if (wrapped !== undefined) {
    caveats.push(`The connector service does not read a range that wraps around (\`${wrapped}\`): it ignores it, or reports an error in the minute field.`)
  }
  const year = fields[YEAR]
  if (year !== undefined && year !== '*' && year !== '?' && !/^\d+$/.test(year)) {
    caveats.push(`The connector service reads only a single year, so \`${year}\` makes it report an error.`)
  }
  return caveats
}

function fail<T>(result: Extract<ParseResult, { ok: false }>): CronResult<T> {
  return result
}

/** The cron as read, with what was normalised and where the connector service differs. */
export function readCron(cron: string): CronResult<CronReading> {
  const parsed = parse(cron)
  return parsed.ok ? { ok: true, value: parsed.value.reading } : fail(parsed)
}

/** The first tick strictly after `after` (epoch ms); undefined when the schedule never comes due again. */
export function nextRun(cron: string, after: number): CronResult<number | undefined> {
  const parsed = parse(cron)
  if (!parsed.ok) return fail(parsed)
  return { ok: true, value: parsed.value.cron.nextRun(new Date(after))?.getTime() }
}

/**
 * The latest tick at or before `before`; undefined when there was none. croner's `previousRuns` finds
 * ticks strictly before its reference at whole seconds, and ticks fall on whole minutes, so asking
 * from 1 ms later includes a tick at `before` itself.
 */
export function previousTick(cron: string, before: number): CronResult<number | undefined> {
  const parsed = parse(cron)
  if (!parsed.ok) return fail(parsed)
  return { ok: true, value: parsed.value.cron.previousRuns(1, new Date(before + 1))[0]?.getTime() }
}

/**
 * The gap between the tick at or before `around` and the one after it (for irregular schedules such as
 * `0 0 9,17 * * ?` it depends on `around`); from the next two ticks when none came before; undefined
 * when the schedule has fewer than two ticks.
 */
export function intervalMs(cron: string, around: number): CronResult<number | undefined> {
  const parsed = parse(cron)
  if (!parsed.ok) return fail(parsed)
  const reader = parsed.value.cron
  const previous = reader.previousRuns(1, new Date(around + 1))[0]
  const first = previous ?? reader.nextRun(new Date(around))
  if (!first) return { ok: true, value: undefined }
  const second = reader.nextRun(first)
  return { ok: true, value: second ? second.getTime() - first.getTime() : undefined }
}

/** Every tick in `(from, to]`, at most `limit` of them: future ticks on a timeline, say. */
export function ticksBetween(cron: string, from: number, to: number, limit = 100): CronResult<number[]> {
  const parsed = parse(cron)
  if (!parsed.ok) return fail(parsed)
  const ticks: number[] = []
  let cursor: Date | null = new Date(from)
  while (ticks.length < limit) {
    cursor = parsed.value.cron.nextRun(cursor)
    if (!cursor || cursor.getTime() > to) break
    ticks.push(cursor.getTime())
  }
  return { ok: true, value: ticks }
}

/** "Every hour", "At 00:00, only on Monday (UTC)": the schedule as the service runs it (seconds ignored). */
export function describeCron(cron: string): CronResult<string> {
  const parsed = parse(cron)
  if (!parsed.ok) return fail(parsed)
  parsed.value.words ??= cronWords(parsed.value)
  return { ok: true, value: parsed.value.words }
}

/** The schedule in words, or undefined when its cron cannot be read (show the cron itself then). */
export function cronInWords(cron: string): string | undefined {
  const words = describeCron(cron)
  return words.ok ? words.value : undefined
}

function cronWords({ reading, pattern }: Parsed): string {
  const options = { dayOfWeekStartIndexZero: false, use24HourTimeFormat: true, throwExceptionOnParseError: true }
  let text: string
  try {
    text = cronstrue.toString(reading.normalized, options)
  } catch {
    // cronstrue reads less than croner in places; the expanded form is the same schedule.
    try {
      text = cronstrue.toString(pattern, options)
    } catch {
      text = reading.normalized
    }
  }
  return /\d:\d\d/.test(text) ? `${text} (UTC)` : text
}
