// When the connector service thinks a schedule is due: not Quartz's reading of the cron that
// Elasticsearch stores (cron.ts judges only whether `_scheduling` accepts it), but the one the service
// really runs, quirks included. elastic/connectors `connectors/utils.py` `next_run` (8.15+) repackages
// the Quartz expression — it drops the seconds field, converts a plain-number day of week from Quartz's
// 1=SUN to ISO's 1=MON with `(d-2)%7+1` (ranges and lists are left as they are), defaults the year to
// `*` and turns every `?` into `*` — and hands it to bloomberg/tzcron (`tzcron.py`), which reads each
// comma item with a prefix match of `(\d+|\*)(-\d+)?(/\d+)?` (so `15W` is 15, `6#3` is 6, `L` fails,
// and `0/5` is only 0: without a range the end is the start), expands it into explicit values, and
// walks dateutil's `rrule(MINUTELY, bysecond=[0])` from the start time: the first whole minute at or
// after it (a start inside second 0 with a fraction counts as after that minute).
//
// No cron library fits: each reads Quartz or POSIX cron correctly, which is exactly what the service
// does not do (`0/5`, numeric weekday ranges, `22-2`, `L`/`W`/`#`). Once the fields are expanded the
// search is a walk over days, which also lets the seed list a month of occurrences for a thousand
// connectors in milliseconds.

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS
/** How far a search looks before it gives up (tzcron would spin on `30 2 ?` in February forever). */
const SEARCH_LIMIT_DAYS = 8 * 366

/** A schedule as the service reads it: the values each field allows (null: any). */
export interface ServiceSchedule {
  minutes: readonly number[]
  hours: readonly number[] | null
  daysOfMonth: readonly number[] | null
  months: readonly number[] | null
  /** 1 = Monday … 7 = Sunday, as tzcron numbers them. */
  weekdays: readonly number[] | null
  /** tzcron's year filter: the occurrence's year must be this one. */
  year: number | null
}

export type ServiceScheduleReading = { schedule: ServiceSchedule; error?: undefined } | { schedule?: undefined; error: string }

interface FieldSpec {
  parser: string
  min: number
  max: number
  names?: readonly (readonly [string, string])[]
}

const MINUTE_FIELD: FieldSpec = { parser: 'MinuteParser', min: 0, max: 59 }
const HOUR_FIELD: FieldSpec = { parser: 'HourParser', min: 0, max: 23 }
const DAY_OF_MONTH_FIELD: FieldSpec = { parser: 'MonthDayParser', min: 1, max: 31 }
const MONTH_FIELD: FieldSpec = {
  parser: 'MonthParser',
  min: 1,
  max: 12,
  names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'].map((name, i) => [name, String(i + 1)] as const),
}
const WEEKDAY_FIELD: FieldSpec = {
  parser: 'WeekDayParser',
  min: 1,
  max: 7,
  names: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].map((name, i) => [name, String(i + 1)] as const),
}

/** tzcron's `Parser.QUARTZ_REGEXP`, matched at the start of the item only. */
const ITEM = /^(\d+|\*)(?:-(\d+))?(?:\/(\d+))?/

class ScheduleFault extends Error {}

/** The stored `interval` as `next_run` and tzcron read it, or the message the service would write
 *  with `connector.error(str(e))`. */
export function readServiceSchedule(interval: string): ServiceScheduleReading {
  try {
    return { schedule: read(interval) }
  } catch (error) {
    if (error instanceof ScheduleFault) return { error: error.message }
    throw error
  }
}

function read(interval: string): ServiceSchedule {
  // `_, minutes, hours, day_of_month, month, day_of_week, year = (definition.split(" ") + [None])[:7]`
  const parts: (string | undefined)[] = [...interval.split(' '), undefined].slice(0, 7)
  if (parts.length < 7) throw new ScheduleFault(`not enough values to unpack (expected 7, got ${parts.length})`)
  const [, minutes = '', hours = '', dayOfMonth = '', month = '', given = '', year] = parts
  // Python's str.isnumeric: a non-empty run of digits. Ranges like `2-6` keep Quartz's numbering.
  const dayOfWeek = /^\d+$/.test(given) ? String((((Number(given) - 2) % 7) + 7) % 7 + 1) : given
  const fields = [minutes, hours, dayOfMonth, month, dayOfWeek, year || '*'].map((field) => field.replaceAll('?', '*'))
  const [m, h, dom, mon, dow, y] = fields as [string, string, string, string, string, string]
  const schedule: ServiceSchedule = {
    minutes: m === '*' ? range(0, 59) : parseField(m, MINUTE_FIELD),
    hours: h === '*' ? null : parseField(h, HOUR_FIELD),
    daysOfMonth: dom === '*' ? null : parseField(dom, DAY_OF_MONTH_FIELD),
    months: mon === '*' ? null : parseField(mon, MONTH_FIELD),
    weekdays: dow === '*' ? null : parseField(dow, WEEKDAY_FIELD),
    year: null,
  }
  // rrule builds the minute set against the start minute and refuses an empty one; empty hour, day and
  // month sets are falsy there and constrain nothing (`22-2` hours: every hour).
  if (schedule.minutes.length === 0) throw new ScheduleFault('Invalid rrule byxxx generates an empty set.')
  for (const key of ['hours', 'daysOfMonth', 'months', 'weekdays'] as const) if (schedule[key]?.length === 0) schedule[key] = null
  if (y !== '*') {
    // The year filter runs `int(year)` on the first candidate.
    if (!/^\s*[+-]?\d+\s*$/.test(y)) throw new ScheduleFault(`invalid literal for int() with base 10: '${y}'`)
    schedule.year = Number(y)
  }
  return schedule
}

function parseField(field: string, spec: FieldSpec): number[] {
  const values = new Set<number>()
  for (const raw of field.split(',')) {
    let item = raw.toUpperCase()
    for (const [name, number] of spec.names ?? []) item = item.replaceAll(name, number)
    const match = ITEM.exec(item)
    if (!match) throw new ScheduleFault(`Invalid expression: ${item}`)
    const [, start = '', end, step] = match
    const from = start === '*' ? spec.min : Number(start)
    const to = start === '*' ? spec.max : Number(end ?? start)
    const by = step === undefined ? 1 : Number(step)
    if (by === 0) throw new ScheduleFault('range() arg 3 must not be zero')
    const expanded: number[] = []
    for (let value = from; value <= to; value += by) expanded.push(value)
    if (expanded.some((value) => value < spec.min || value > spec.max)) throw new ScheduleFault(`${item} produces items out of ${spec.parser}`)
    for (const value of expanded) values.add(value)
  }
  return [...values].sort((a, b) => a - b)
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/** Where tzcron starts looking: a start inside second 0 with a fraction moves one second on. */
function searchStart(fromMs: number): number {
  const withinMinute = fromMs % MINUTE_MS
  return withinMinute > 0 && withinMinute < 1000 ? fromMs + 1000 : fromMs
}

function dayMatches(schedule: ServiceSchedule, dayStart: number): boolean {
  const date = new Date(dayStart)
  if (schedule.year !== null && date.getUTCFullYear() !== schedule.year) return false
  if (schedule.months && !schedule.months.includes(date.getUTCMonth() + 1)) return false
  if (schedule.daysOfMonth && !schedule.daysOfMonth.includes(date.getUTCDate())) return false
  const isoWeekday = ((date.getUTCDay() + 6) % 7) + 1
  return !schedule.weekdays || schedule.weekdays.includes(isoWeekday)
}

/** Every occurrence (epoch ms, whole minutes) from `fromMs` (as tzcron starts) up to `toMs` inclusive. */
export function serviceRunsBetween(schedule: ServiceSchedule, fromMs: number, toMs: number): number[] {
  const runs: number[] = []
  const start = searchStart(fromMs)
  const hours = schedule.hours ?? range(0, 23)
  for (let day = Math.floor(start / DAY_MS) * DAY_MS; day <= toMs; day += DAY_MS) {
    if (!dayMatches(schedule, day)) continue
    for (const hour of hours) {
      for (const minute of schedule.minutes) {
        const at = day + hour * 60 * MINUTE_MS + minute * MINUTE_MS
        if (at >= start && at <= toMs) runs.push(at)
      }
    }
  }
  return runs
}

export type NextRun = { at: number; error?: undefined } | { at?: undefined; error: string } | { at?: undefined; error?: undefined }

/**
 * `next_run(interval, start)`: the first occurrence at or after `fromMs`. A year already past ends
 * tzcron's iteration with `StopIteration("Valid time already past")`, which the scheduler writes as
 * the connector's error; a schedule with no date at all (30 February) finds nothing here.
 */
export function serviceNextRun(schedule: ServiceSchedule, fromMs: number): NextRun {
  const start = searchStart(fromMs)
  const firstDay = Math.floor(start / DAY_MS) * DAY_MS
  for (let day = firstDay, n = 0; n < SEARCH_LIMIT_DAYS; day += DAY_MS, n++) {
    if (schedule.year !== null && new Date(day).getUTCFullYear() > schedule.year) return { error: 'Valid time already past' }
    if (!dayMatches(schedule, day)) continue
    const runs = serviceRunsBetween(schedule, Math.max(start, day), day + DAY_MS - 1)
    if (runs.length > 0) return { at: runs[0]! }
  }
  return {}
}
