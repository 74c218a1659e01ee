// Live throughput of a running job from successive polls. Workers report their counters every ~10 s
// while the page polls every few seconds, so a rate between two neighbouring polls jumps between 0
// and a spike; the rate is taken over a sliding window of samples instead.
import { MIB } from './format.ts'

export interface ThroughputSample {
  /** Epoch ms the sample was observed at. */
  at: number
  indexedDocuments: number
  /** indexed_document_volume, in MiB as the connector service reports it. */
  volumeMiB: number
}

export interface Throughput {
  documentsPerSecond: number
  bytesPerSecond: number
  /** The span the rate was measured over, in ms. */
  windowMs: number
}

export const THROUGHPUT_WINDOW_MS = 30_000

/**
 * Adds a sample and drops the ones that fell out of the window (always keeping one older sample so a
 * rate remains measurable). Counters that go down mean the job restarted (a resumed suspended job
 * resets them): the history is dropped then.
 */
export function addSample(samples: readonly ThroughputSample[], sample: ThroughputSample, windowMs = THROUGHPUT_WINDOW_MS): ThroughputSample[] {
  const last = samples.at(-1)
  if (last && (sample.indexedDocuments < last.indexedDocuments || sample.volumeMiB < last.volumeMiB || sample.at < last.at)) {
    return [sample]
  }
  if (last && last.at === sample.at) return [...samples.slice(0, -1), sample]
  const next = [...samples, sample]
  // Keep the newest sample that is at least `windowMs` old, and everything after it.
  let start = 0
  for (let index = 0; index < next.length; index++) {
    if (sample.at - next[index]!.at >= windowMs) start = index
  }
  return next.slice(start)
}

/** Documents and bytes per second across the samples; undefined until two samples span some time. */
export function measureThroughput(samples: readonly ThroughputSample[]): Throughput | undefined {
  const first = samples[0]
  const last = samples.at(-1)
  if (!first || !last) return undefined
  const windowMs = last.at - first.at
  if (windowMs <= 0) return undefined
  const seconds = windowMs / 1000
  return {
    documentsPerSecond: Math.max(0, last.indexedDocuments - first.indexedDocuments) / seconds,
    bytesPerSecond: (Math.max(0, last.volumeMiB - first.volumeMiB) * MIB) / seconds,
    windowMs,
  }
}
