// The cron check behind `_scheduling`: what Elasticsearch's `Cron` (a Quartz fork) accepts, and the
// messages of what it refuses, cause included.

import { describe, expect, it } from 'vitest'
import { cronVerdict, normalizeCron } from '../../../server/emulator/cron.ts'

describe('cron expressions Elasticsearch accepts', () => {
  it.each([
    '0 0 0 * * ?',
    '0 0/5 * * * ?',
    '*/5 * * * * ?',
    '/5 * * * * ?',
    '0 15 10 ? * MON-FRI',
    '0 15 10 ? * mon-fri',
    '0 15 10 L * ?',
    '0 15 10 LW * ?',
    '0 15 10 L-3 * ?',
    '0 15 10 15W * ?',
    '0 15 10 ? * 6L',
    '0 15 10 ? * FRIL',
    '0 15 10 ? * 6#3',
    '0 15 10 ? * FRI#3',
    '0 0 12 1/5 * ?',
    '0 0 12 1-5/2 * ?',
    '0 0 22-2 * * ?',
    '0 0 0 * JAN-MAR ?',
    '0 0 0 * 1,6,12 ?',
    '0 0 0 * * ? 2030',
    '0 0 0 * * ? 2030-2040',
    '0 0 0 * * ? 2030 ignored',
    '0  0   0 * *\t?',
    '5X 0 0 * * ?',
  ])('%s', (expression) => {
    expect(cronVerdict(expression)).toBeUndefined()
  })

  it('is kept upper-cased', () => {
    expect(normalizeCron('0 15 10 ? * mon-fri')).toBe('0 15 10 ? * MON-FRI')
  })
})

describe('cron expressions Elasticsearch refuses', () => {
  it.each([
    ['61 0 0 * * ?', 'java.lang.IllegalArgumentException: Minute and Second values must be between 0 and 59'],
    ['0 60 0 * * ?', 'java.lang.IllegalArgumentException: Minute and Second values must be between 0 and 59'],
    ['0 0 24 * * ?', 'java.lang.IllegalArgumentException: Hour values must be between 0 and 23'],
    ['0 0 0 32 * ?', 'java.lang.IllegalArgumentException: Day of month values must be between 1 and 31'],
    ['0 0 0 * 13 ?', 'java.lang.IllegalArgumentException: Month values must be between 1 and 12'],
    ['0 0 0 ? * 8', 'java.lang.IllegalArgumentException: Day-of-Week values must be between 1 and 7'],
    ['0 0 0 1-40 * ?', 'java.lang.IllegalArgumentException: Day of month values must be between 1 and 31'],
    ['0 * * * * *', 'java.lang.IllegalArgumentException: support for specifying both a day-of-week AND a day-of-month parameter is not implemented.'],
    ['0 0 0 ? * ?', "java.lang.IllegalArgumentException: '?' can only be specified for Day-of-Month -OR- Day-of-Week. at pos [1]"],
    ['? 0 0 * * ?', "java.lang.IllegalArgumentException: '?' can only be specified for Day-of-Month or Day-of-Week. at pos [1]"],
    ['0 0 0 * *', 'java.lang.IllegalArgumentException: unexpected end of expression at pos [9].'],
    ['0 0 0 ? * FOO', 'java.lang.IllegalArgumentException: invalid Day-of-Week value [FOO] at pos [0]'],
    ['0 0 0 ? XYZ MON', 'java.lang.IllegalArgumentException: invalid Month value [XYZ] at pos [0]'],
    ['ABC 0 0 * * ?', "java.lang.IllegalArgumentException: illegal characters [ABC] at pos [0] '"],
    ['0 0 0 * * ? X', 'java.lang.StringIndexOutOfBoundsException: begin 0, end 3, length 1'],
    ['*/61 * * * * ?', 'java.lang.IllegalArgumentException: increment [61] > 60 at pos [4]'],
    ['0 0 */25 * * ?', 'java.lang.IllegalArgumentException: increment [25] > 24 at pos [4]'],
    ['0 0 0 ? * 6#6', "java.lang.IllegalArgumentException: a numeric value between 1 and 5 must follow the '#' option at pos [2]"],
    ['0 0 0 5L * ?', "java.lang.IllegalArgumentException: 'L' option is not valid here. at pos [1]"],
    ['0 0 0 ? * 1W', "java.lang.IllegalArgumentException: 'W' option is not valid here. at pos [1]"],
    ['0 0 0 L-31 * ?', 'java.lang.IllegalArgumentException: offset from last day must be <= 30 at pos [2]'],
    ['0 0 0 1,L * ?', "java.lang.IllegalArgumentException: support for specifying 'L' and 'LW' with other days of the month is not implemented"],
    ['0 0 0 ? * 1#1,2#2', 'java.lang.IllegalArgumentException: support for specifying multiple "nth" days is not implemented.'],
    ['0 0 0 1- * ?', 'java.lang.StringIndexOutOfBoundsException: Index 2 out of bounds for length 2'],
    ['0 0 0 1-X * ?', 'java.lang.NumberFormatException: For input string: "X"'],
    ['0 0/5X * * * ?', "java.lang.IllegalArgumentException: Unexpected character [X] after '/' at pos [3]"],
    ['0 0 0 * * ? 2040-2030', 'java.lang.IllegalArgumentException: Start year must be less than stop year'],
    ['# 0 0 * * ?', 'java.lang.IllegalArgumentException: Unexpected character [#] at pos [0] '],
  ])('%s', (expression, cause) => {
    expect(cronVerdict(expression)).toEqual({ reason: `invalid cron expression [${expression}]`, cause: `illegal cron expression format [${cause}]` })
  })
})
