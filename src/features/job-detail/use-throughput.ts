// Keeps the counters seen in successive polls of a running job and turns them into a live rate.
import { useState } from 'react'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { addSample, measureThroughput, type Throughput, type ThroughputSample } from '../../lib/throughput.ts'

interface Track {
  jobId: string
  observedAt: number
  samples: ThroughputSample[]
}

/** `observedAt` is when this version of the job arrived (the query's dataUpdatedAt). */
export function useThroughput(job: SyncJob, observedAt: number, enabled: boolean): Throughput | undefined {
  const [track, setTrack] = useState<Track>({ jobId: job.id, observedAt: 0, samples: [] })
  // Derived from props during render (React's "adjust state when a prop changes" pattern): one
  // sample per poll, no effect and no extra commit.
  if (enabled && (track.jobId !== job.id || track.observedAt !== observedAt)) {
    const sample = { at: observedAt, indexedDocuments: job.indexed_document_count, volumeMiB: job.indexed_document_volume }
    const samples = track.jobId === job.id ? addSample(track.samples, sample) : [sample]
    setTrack({ jobId: job.id, observedAt, samples })
  }
  return enabled ? measureThroughput(track.samples) : undefined
}
