// Quartz crons as Elasticsearch stores them, read the way the connector service runs them: seconds
// ignored, UTC, next and previous ticks at their boundaries, intervals, words, the 7th (year) field,
// wrap-around ranges, and malformed or unsupported crons reported instead of thrown.
import { describe, expect, it } from 'vitest'
import { describeCron, intervalMs, nextRun, previousTick, readCron, ticksBetween, type CronResult } from '../../../src/lib/schedules.ts'
import { DAY, EVERY_FIVE_MINUTES, HOUR, HOURLY, MINUTE, MONDAYS_AT_MIDNIGHT, NOW, iso } from '../../support/fleet.ts'

const value = <T>(result: CronResult<T>): T => {
  if (!result.ok) throw new Error(result.error)
  return result.value
}
const at = (text: string) => Date.parse(text)
const next = (cron: string, after: number) => {
  const tick = value(nextRun(cron, after))
  return tick === undefined ? undefined : iso(tick)
}
const previous = (cron: string, before: number) => {
  const tick = value(previousTick(cron, before))
  return tick === undefined ? undefined : iso(tick)
}

describe('nextRun: the first tick strictly after', () => {
  it('hourly: the next whole hour; a time exactly on a tick moves to the one after', () => {
    expect(next(HOURLY, at('2026-06-01T11:59:59.999Z'))).toBe('2026-06-01T12:00:00.000Z')
    expect(next(HOURLY, NOW)).toBe('2026-06-01T13:00:00.000Z')
    expect(next(HOURLY, NOW + 1)).toBe('2026-06-01T13:00:00.000Z')
  })

  it('every five minutes', () => {
    expect(next(EVERY_FIVE_MINUTES, at('2026-06-01T12:04:59.999Z'))).toBe('2026-06-01T12:05:00.000Z')
    expect(next(EVERY_FIVE_MINUTES, at('2026-06-01T12:05:00.000Z'))).toBe('2026-06-01T12:10:00.000Z')
  })

  it('Mondays at midnight UTC: from Monday noon, the next Monday', () => {
    expect(next(MONDAYS_AT_MIDNIGHT, NOW)).toBe('2026-06-08T00:00:00.000Z')
    expect(next(MONDAYS_AT_MIDNIGHT, at('2026-05-31T23:59:59.999Z'))).toBe('2026-06-01T00:00:00.000Z')
  })

  it('reads day-of-week numbers as Quartz does (1 = Sunday, 2 = Monday)', () => {
    expect(next('0 0 0 ? * 2', NOW)).toBe('2026-06-08T00:00:00.000Z')
    expect(next('0 0 0 ? * 1', NOW)).toBe('2026-06-07T00:00:00.000Z')
    expect(next('0 0 0 ? * 2-6', at('2026-06-05T12:00:00Z'))).toBe('2026-06-08T00:00:00.000Z')
  })

  it('ignores the seconds field, as the connector service does: at most one tick a minute, at second 0', () => {
    expect(next('0/30 * * * * ?', NOW)).toBe('2026-06-01T12:01:00.000Z')
    expect(next('45 0 * * * ?', at('2026-06-01T12:00:30Z'))).toBe('2026-06-01T13:00:00.000Z')
  })

  it('reads lower case, a step with a numeric start and Quartz specials', () => {
    expect(next('0 0 0 ? * mon', NOW)).toBe('2026-06-08T00:00:00.000Z')
    expect(next('0 0/15 * * * ?', NOW)).toBe('2026-06-01T12:15:00.000Z')
    expect(next('0 0 12 L * ?', NOW)).toBe('2026-06-30T12:00:00.000Z')
    expect(next('0 0 12 ? * 6#3', NOW)).toBe('2026-06-19T12:00:00.000Z')
  })

  it('reads a range that wraps around as Quartz does', () => {
    expect(next('0 0 22-2 * * ?', at('2026-06-01T23:30:00Z'))).toBe('2026-06-02T00:00:00.000Z')
    expect(next('0 0 22-2 * * ?', at('2026-06-01T02:30:00Z'))).toBe('2026-06-01T22:00:00.000Z')
    // Friday to Monday, from Tuesday: Friday.
    expect(next('0 0 0 ? * FRI-MON', at('2026-06-02T12:00:00Z'))).toBe('2026-06-05T00:00:00.000Z')
    expect(next('0 0 0 ? * 6-2', at('2026-06-02T12:00:00Z'))).toBe('2026-06-05T00:00:00.000Z')
  })

  it('the 7th (year) field: a wildcard is dropped, a year is kept, a past year never comes due', () => {
    expect(next('0 0 * * * ? *', NOW)).toBe('2026-06-01T13:00:00.000Z')
    expect(next('0 0 0 1 1 ? 2027', NOW)).toBe('2027-01-01T00:00:00.000Z')
    expect(next('0 0 0 1 1 ? 2020', NOW)).toBeUndefined()
  })

  it('a date that never exists never comes due', () => {
    expect(next('0 0 0 31 2 ?', NOW)).toBeUndefined()
  })
})

describe('previousTick: the latest tick at or before', () => {
  it('includes a tick exactly at `before`, and goes back one just before it', () => {
    expect(previous(HOURLY, NOW)).toBe('2026-06-01T12:00:00.000Z')
    expect(previous(HOURLY, NOW - 1)).toBe('2026-06-01T11:00:00.000Z')
    expect(previous(EVERY_FIVE_MINUTES, at('2026-06-01T12:09:59.999Z'))).toBe('2026-06-01T12:05:00.000Z')
  })

  it('weekly: the Monday midnight of this week, or of last week just before it', () => {
    expect(previous(MONDAYS_AT_MIDNIGHT, NOW)).toBe('2026-06-01T00:00:00.000Z')
    expect(previous(MONDAYS_AT_MIDNIGHT, at('2026-06-01T00:00:00.000Z'))).toBe('2026-06-01T00:00:00.000Z')
    expect(previous(MONDAYS_AT_MIDNIGHT, at('2026-05-31T23:59:59.999Z'))).toBe('2026-05-25T00:00:00.000Z')
  })

  it('none before a schedule that starts in a later year', () => {
    expect(previous('0 0 0 1 1 ? 2027', NOW)).toBeUndefined()
  })
})

describe('intervalMs: the gap between ticks', () => {
  it('hourly, every five minutes and weekly', () => {
    expect(value(intervalMs(HOURLY, NOW))).toBe(HOUR)
    expect(value(intervalMs(EVERY_FIVE_MINUTES, NOW))).toBe(5 * MINUTE)
    expect(value(intervalMs(MONDAYS_AT_MIDNIGHT, NOW))).toBe(7 * DAY)
  })

  it('depends on where it is asked for an irregular schedule', () => {
    expect(value(intervalMs('0 0 9,17 * * ?', at('2026-06-01T10:00:00Z')))).toBe(8 * HOUR)
    expect(value(intervalMs('0 0 9,17 * * ?', at('2026-06-01T18:00:00Z')))).toBe(16 * HOUR)
  })

  it('uses the next two ticks before the first, and has none for a single tick', () => {
    expect(value(intervalMs('0 0 0 1 1 ? 2027-2028', NOW))).toBe(365 * DAY)
    expect(value(intervalMs('0 0 0 1 1 ? 2027', NOW))).toBeUndefined()
  })
})

describe('ticksBetween', () => {
  it('lists the ticks in (from, to], at most `limit`', () => {
    expect(value(ticksBetween(HOURLY, NOW, NOW + 3 * HOUR)).map(iso)).toEqual([
      '2026-06-01T13:00:00.000Z',
      '2026-06-01T14:00:00.000Z',
      '2026-06-01T15:00:00.000Z',
    ])
    expect(value(ticksBetween(EVERY_FIVE_MINUTES, NOW, NOW + DAY, 2))).toHaveLength(2)
  })
})

describe('describeCron', () => {
  it('says the three usual schedules in words, naming UTC where a clock time appears', () => {
    expect(value(describeCron(HOURLY))).toBe('Every hour')
    expect(value(describeCron(EVERY_FIVE_MINUTES))).toBe('Every 5 minutes')
    expect(value(describeCron(MONDAYS_AT_MIDNIGHT))).toBe('At 00:00, only on Monday (UTC)')
  })

  it('describes what runs: seconds ignored, Quartz weekday numbers, years', () => {
    expect(value(describeCron('0/30 * * * * ?'))).toBe('Every minute')
    expect(value(describeCron('0 0 0 ? * 2-6'))).toBe('At 00:00, Monday through Friday (UTC)')
    expect(value(describeCron('0 0 0 1 1 ? 2027'))).toMatch(/only in 2027/)
  })
})

describe('readCron: what was normalised, and where the connector service differs', () => {
  it('normalises case, seconds and a wildcard year; the usual schedules have no caveat', () => {
    expect(value(readCron('30 0 0 ? * mon *'))).toEqual({ cron: '30 0 0 ? * mon *', normalized: '0 0 0 ? * MON', caveats: [] })
    for (const cron of [HOURLY, EVERY_FIVE_MINUTES, MONDAYS_AT_MIDNIGHT, '0 0 0 ? * 2', '0 0 0 1 1 ? 2027']) {
      expect(value(readCron(cron)).caveats).toEqual([])
    }
  })

  it.each([
    ['*/10 * * * * ?', /ignores the seconds field/],
    ['0 0 12 L * ?', /`L`, `W` or `#`/],
    ['0 0 12 ? * 6#3', /`L`, `W` or `#`/],
    ['0 0 0 ? * 2-6', /1 = Monday/],
    ['0 0/5 * * * ?', /step without a range \(`0\/5`\)/],
    ['0 0 22-2 * * ?', /wraps around \(`22-2`\)/],
    ['0 0 0 1 1 ? 2026-2028', /single year/],
  ])('%s: %s', (cron, caveat) => {
    expect(value(readCron(cron)).caveats.join('\n')).toMatch(caveat)
  })

  it('day names with a W in them are not mistaken for `W`', () => {
    expect(value(readCron('0 0 0 ? * WED,TUE')).caveats).toEqual([])
  })
})

describe('malformed and unsupported crons are reported, never thrown', () => {
  it.each(['', 'every hour', '0 0 * * *', '0 61 * * * ?', '0 0 * * * ? 20x6'])('%j is malformed', (cron) => {
    for (const result of [readCron(cron), nextRun(cron, NOW), previousTick(cron, NOW), intervalMs(cron, NOW), describeCron(cron), ticksBetween(cron, NOW, NOW + DAY)]) {
      expect(result).toMatchObject({ ok: false, kind: 'malformed', cron })
      expect(result.ok ? '' : result.error).toContain(cron === '' ? '6 or 7 fields' : cron)
    }
  })

  it('names the field count', () => {
    expect(readCron('0 0 * * *')).toMatchObject({ error: 'A Quartz cron has 6 or 7 fields (seconds first); "0 0 * * *" has 5.' })
  })

  it('L-n is valid Quartz that cannot be computed here: unsupported', () => {
    expect(nextRun('0 0 12 L-3 * ?', NOW)).toMatchObject({ ok: false, kind: 'unsupported' })
  })
})
