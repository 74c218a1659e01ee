// A host's failure rate beside the rest of the fleet's, in the "Workers" table's cell and in a host's
// card alike: the rate (in the danger colour when flagged), the others' rate, and the host-blame
// flag's sentence (lib/worker-stats.ts) when it fails far more often.
import type { WorkerStats } from '../../lib/worker-stats.ts'

export const percent = (rate: number | undefined) => (rate === undefined ? '—' : `${Math.round(rate * 100)} %`)

export function FailureRate({ host }: { host: WorkerStats }) {
  return (
    <>
      <span className={host.flagged ? 'rate rate-flagged' : 'rate'}>{percent(host.failureRate)}</span>{' '}
      <span className="muted small">(others {percent(host.rest.failureRate)})</span>
      {host.flag ? (
        <p className="host-flag">
          <strong>Fails far more often.</strong> {host.flag}
        </p>
      ) : null}
    </>
  )
}
