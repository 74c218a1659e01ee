// Validation of the cron expressions `_scheduling` accepts, as Elasticsearch's `Cron` class (x-pack
// core `scheduler/Cron.java`, a fork of Quartz's CronExpression) judges them: 6 or 7 fields
// `sec min hour day-of-month month day-of-week [year]`, upper-cased, with Quartz's ranges, names,
// `? * / - , L W #` rules and its leniencies (characters after a valid value are ignored, fields
// after the seventh too). Only acceptance and the failure message matter here: when a schedule comes
// due is the connector service's business, and it reads the expression its own way (service-cron.ts).

const SECOND = 0
const MINUTE = 1
const HOUR = 2
const DAY_OF_MONTH = 3
const MONTH = 4
const DAY_OF_WEEK = 5
const YEAR = 6

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

/** A Java exception raised while reading the expression, as `Throwable.toString()` prints it. */
class CronFault extends Error {
  readonly javaClass: string
  constructor(message: string, javaClass = 'java.lang.IllegalArgumentException') {
    super(message)
    this.javaClass = javaClass
  }
}

export interface CronVerdict {
  /** `new Cron(expression)`'s message: `invalid cron expression [<expression as given>]`. */
  reason: string
  /** Its cause: `illegal cron expression format [<java exception>]`. */
  cause: string
}

/** Upper-cased, as `Cron` keeps (and Elasticsearch stores) the expression. */
export function normalizeCron(expression: string): string {
  return expression.toUpperCase()
}

/** Undefined when Elasticsearch accepts the expression, else the messages of its refusal. */
export function cronVerdict(expression: string): CronVerdict | undefined {
  try {
    readExpression(normalizeCron(expression))
    return undefined
  } catch (error) {
    if (!(error instanceof CronFault)) throw error
    return {
      reason: `invalid cron expression [${expression}]`,
      cause: `illegal cron expression format [${error.javaClass}: ${error.message}]`,
    }
  }
}

/** Per-expression state the Quartz parser keeps while it reads the fields. */
interface CronState {
  /** Whether each field holds `?` (day fields) or any value at all. */
  noSpec: boolean[]
  lastDayOfMonth: boolean
}

function readExpression(expression: string): void {
  const fields = expression.split(/[ \t]+/).filter((field) => field !== '')
  if (fields.length < 6) throw new CronFault(`unexpected end of expression at pos [${expression.length}].`)
  const state: CronState = { noSpec: [false, false, false, false, false, false, false], lastDayOfMonth: false }
  // Fields after the year are ignored.
  fields.slice(0, 7).forEach((field, type) => {
    if (type === DAY_OF_MONTH && field.includes('L') && field.length > 1 && field.includes(',')) {
      throw new CronFault("support for specifying 'L' and 'LW' with other days of the month is not implemented")
    }
    if (type === DAY_OF_WEEK && field.includes('L') && field.length > 1 && field.includes(',')) {
      throw new CronFault("support for specifying 'L' with other days of the week is not implemented")
    }
    if (type === DAY_OF_WEEK && field.indexOf('#') !== field.lastIndexOf('#')) {
      throw new CronFault('support for specifying multiple "nth" days is not implemented.')
    }
    for (const item of field.split(',').filter((part) => part !== '')) readItem(item, type, state)
  })
  const dayOfMonthGiven = !state.noSpec[DAY_OF_MONTH]
  const dayOfWeekGiven = !state.noSpec[DAY_OF_WEEK]
  if (dayOfMonthGiven === dayOfWeekGiven) {
    throw new CronFault('support for specifying both a day-of-week AND a day-of-month parameter is not implemented.')
  }
}

function readItem(item: string, type: number, state: CronState): void {
  const first = item.charAt(0)
  if (first >= 'A' && first <= 'Z' && item !== 'L' && item !== 'LW' && !/^L-[0-9]*W?$/.test(item)) {
    readName(item, type)
    return
  }
  if (first === '?') {
    const after = item.charAt(1)
    if (item.length > 2 && after !== ' ' && item.charAt(2) !== '\t') throw new CronFault(`illegal character [${after}] after '?' at pos [1]`)
    if (type !== DAY_OF_WEEK && type !== DAY_OF_MONTH) throw new CronFault("'?' can only be specified for Day-of-Month or Day-of-Week. at pos [1]")
    if (type === DAY_OF_WEEK && !state.lastDayOfMonth && state.noSpec[DAY_OF_MONTH]) {
      throw new CronFault("'?' can only be specified for Day-of-Month -OR- Day-of-Week. at pos [1]")
    }
    state.noSpec[type] = true
    return
  }
  if (first === '*' || first === '/') {
    readAll(item, type)
    return
  }
  if (first === 'L') {
    // `L`, `LW`, `L-3`, `L-3W` (other fields accept them and ignore them, as Quartz does).
    if (type === DAY_OF_MONTH) {
      state.lastDayOfMonth = true
      if (item.charAt(1) === '-') {
        if (item.length === 2) throw new CronFault('Index 2 out of bounds for length 2', 'java.lang.StringIndexOutOfBoundsException')
        const offset = Number(/^L-(\d*)/.exec(item)?.[1] || '0')
        if (offset > 30) throw new CronFault('offset from last day must be <= 30 at pos [2]')
      }
    }
    return
  }
  if (first >= '0' && first <= '9') {
    readNumber(item, type)
    return
  }
  throw new CronFault(`Unexpected character [${first}] at pos [0] `)
}

/** `JAN`, `MON-FRI`, `FRI#3`, `FRIL`: three-letter names (anything after them is ignored). */
function readName(item: string, type: number): void {
  const name = item.slice(0, 3)
  if (name.length < 3) throw new CronFault(`begin 0, end 3, length ${item.length}`, 'java.lang.StringIndexOutOfBoundsException')
  if (type === MONTH) {
    if (!MONTHS.includes(name)) throw new CronFault(`invalid Month value [${name}] at pos [0]`)
    if (item.charAt(3) === '-') {
      const end = item.slice(4, 7)
      if (end.length < 3) throw new CronFault(`begin 4, end 7, length ${item.length}`, 'java.lang.StringIndexOutOfBoundsException')
      if (!MONTHS.includes(end)) throw new CronFault(`invalid Month value [${end}] at pos [4]`)
    }
    return
  }
  if (type === DAY_OF_WEEK) {
    if (!DAYS.includes(name)) throw new CronFault(`invalid Day-of-Week value [${name}] at pos [0]`)
    const next = item.charAt(3)
    if (next === '-') {
      const end = item.slice(4, 7)
      if (end.length < 3) throw new CronFault(`begin 4, end 7, length ${item.length}`, 'java.lang.StringIndexOutOfBoundsException')
      if (!DAYS.includes(end)) throw new CronFault(`invalid Day-of-Week value [${end}] at pos [4]`)
    } else if (next === '#') {
      checkNth(item.slice(4), 4)
    }
    return
  }
  throw new CronFault(`illegal characters [${name}] at pos [0] '`)
}

/** `*`, `*\/15`, `/15`: every value, with an optional increment. */
function readAll(item: string, type: number): void {
  if (item === '*') return
  if (item.charAt(0) === '/' && item.length === 1) throw new CronFault("'/' must be followed by an integer. at pos [0]")
  const slash = item.charAt(0) === '*' ? 1 : 0
  if (item.charAt(slash) !== '/') return // `*5`: Quartz reads a plain `*`
  if (slash + 1 >= item.length) throw new CronFault(`Unexpected end of string. at pos [${slash + 1}]`)
  const increment = javaInt(item.slice(slash + 1))
  const pos = slash + (increment > 10 ? 3 : 2)
  const limits: Record<number, [number, string]> = {
    [SECOND]: [59, '60'],
    [MINUTE]: [59, '60'],
    [HOUR]: [23, '24'],
    [DAY_OF_MONTH]: [31, '31'],
    [DAY_OF_WEEK]: [7, '7'],
    [MONTH]: [12, '12'],
  }
  const limit = limits[type]
  if (limit && increment > limit[0]) {
    const trailing = type === DAY_OF_MONTH || type === DAY_OF_WEEK ? ' ' : ''
    throw new CronFault(`increment [${increment}] > ${limit[1]} at pos [${pos}]${trailing}`)
  }
}

/** `5`, `5-10`, `5-10/2`, `5/15`, `15W`, `6L`, `6#3` (anything Quartz does not read is ignored). */
function readNumber(item: string, type: number): void {
  const digits = /^\d+/.exec(item)?.[0] ?? ''
  const value = javaInt(digits)
  let i = digits.length
  if (i >= item.length) return checkRange(value, -1, type)
  const next = item.charAt(i)
  if (next === 'L') {
    if (type !== DAY_OF_WEEK) throw new CronFault(`'L' option is not valid here. at pos [${i}]`)
    if (value < 1 || value > 7) throw new CronFault('Day-of-Week values must be between 1 and 7')
    return
  }
  if (next === 'W') {
    if (type !== DAY_OF_MONTH) throw new CronFault(`'W' option is not valid here. at pos [${i}]`)
    if (value > 31) {
      throw new CronFault(`the 'W' option does not make sense with values larger than 31 (max number of days in a month) at pos [${i}]`)
    }
    return
  }
  if (next === '#') {
    if (type !== DAY_OF_WEEK) throw new CronFault(`'#' option is not valid here. at pos [${i}]`)
    return checkNth(item.slice(i + 1), i + 1)
  }
  if (next === '-') {
    i++
    const endDigits = digitsAt(item, i)
    const end = javaInt(endDigits)
    i += endDigits.length
    if (item.charAt(i) === '/') digitsAt(item, i + 1) // the step only has to start with a digit
    return checkRange(value, end, type)
  }
  if (next === '/') {
    const step = digitsAt(item, i + 1)
    i += 2
    const after = item.charAt(i)
    // One digit followed by anything but another digit is refused; longer steps end anywhere.
    if (step.length === 1 && i < item.length && !(after >= '0' && after <= '9')) {
      throw new CronFault(`Unexpected character [${after}] after '/' at pos [${i}]`)
    }
    return checkRange(value, -1, type)
  }
  return checkRange(value, -1, type)
}

/** The digits Quartz reads at `i`: the first character must be one (`Integer.parseInt` of it). */
function digitsAt(item: string, i: number): string {
  if (i >= item.length) throw new CronFault(`Index ${i} out of bounds for length ${item.length}`, 'java.lang.StringIndexOutOfBoundsException')
  const first = item.charAt(i)
  if (!(first >= '0' && first <= '9')) throw numberFormat(first)
  return /^\d+/.exec(item.slice(i))?.[0] ?? first
}

/** `Integer.parseInt`: refuses what does not fit in an int. */
function javaInt(text: string): number {
  const value = Number(text)
  if (!/^[+-]?\d+$/.test(text) || value > 2 ** 31 - 1 || value < -(2 ** 31)) throw numberFormat(text)
  return value
}

function checkNth(text: string, pos: number): void {
  const nth = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN
  if (!(nth >= 1 && nth <= 5)) throw new CronFault(`a numeric value between 1 and 5 must follow the '#' option at pos [${pos}]`)
}

/** Quartz's `addToSet` range checks (`end` is -1 when there is no range). */
function checkRange(value: number, end: number, type: number): void {
  switch (type) {
    case SECOND:
    case MINUTE:
      if (value < 0 || value > 59 || end > 59) throw new CronFault('Minute and Second values must be between 0 and 59')
      return
    case HOUR:
      if (value < 0 || value > 23 || end > 23) throw new CronFault('Hour values must be between 0 and 23')
      return
    case DAY_OF_MONTH:
      if (value < 1 || value > 31 || end > 31) throw new CronFault('Day of month values must be between 1 and 31')
      return
    case MONTH:
      if (value < 1 || value > 12 || end > 12) throw new CronFault('Month values must be between 1 and 12')
      return
    case DAY_OF_WEEK:
      if (value === 0 || value > 7 || end > 7) throw new CronFault('Day-of-Week values must be between 1 and 7')
      return
    case YEAR:
      if (end !== -1 && end < value) throw new CronFault('Start year must be less than stop year')
      return
  }
}

function numberFormat(text: string): CronFault {
  return new CronFault(`For input string: "${text}"`, 'java.lang.NumberFormatException')
}
