import { describe, expect, it } from 'vitest'
import { MIB } from '../../../src/lib/format.ts'
import { addSample, measureThroughput, type ThroughputSample } from '../../../src/lib/throughput.ts'

const sample = (at: number, indexedDocuments: number, volumeMiB = 0): ThroughputSample => ({ at, indexedDocuments, volumeMiB })

describe('throughput', () => {
  it('needs two samples that span time', () => {
    expect(measureThroughput([])).toBeUndefined()
    expect(measureThroughput([sample(1000, 5)])).toBeUndefined()
    expect(measureThroughput([sample(1000, 5), sample(1000, 9)])).toBeUndefined()
  })

  it('measures documents and bytes per second over the window', () => {
    const rate = measureThroughput([sample(0, 0, 0), sample(5_000, 100, 1), sample(10_000, 500, 5)])
    expect(rate).toEqual({ documentsPerSecond: 50, bytesPerSecond: (5 * MIB) / 10, windowMs: 10_000 })
  })

  it('smooths a worker that reports every 10 s while polls come every 2.5 s', () => {
    let samples: ThroughputSample[] = []
    for (let at = 0; at <= 40_000; at += 2_500) samples = addSample(samples, sample(at, Math.floor(at / 10_000) * 1000))
    const rate = measureThroughput(samples)!
    expect(rate.documentsPerSecond).toBeGreaterThan(60)
    expect(rate.documentsPerSecond).toBeLessThan(140)
  })

  it('keeps one sample older than the window and drops the rest', () => {
    let samples: ThroughputSample[] = []
    for (let at = 0; at <= 60_000; at += 10_000) samples = addSample(samples, sample(at, at), 30_000)
    expect(samples.map((s) => s.at)).toEqual([30_000, 40_000, 50_000, 60_000])
  })

  it('starts over when the counters go down (a resumed job resets them)', () => {
    const samples = addSample([sample(0, 100), sample(5_000, 200)], sample(10_000, 10))
    expect(samples).toEqual([sample(10_000, 10)])
  })

  it('replaces a sample observed at the same instant', () => {
    expect(addSample([sample(0, 1), sample(5, 2)], sample(5, 3))).toEqual([sample(0, 1), sample(5, 3)])
  })
})
