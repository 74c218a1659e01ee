// Failure messages the connector service writes often enough to explain in words, with the next
// step. The idle-cleanup text is elastic/connectors `connectors/services/job_cleanup.py`
// IDLE_JOB_ERROR (also server/emulator/seed-vocabulary.ts); the same cleanup writes it on orphaned
// jobs — a job whose connector was deleted — so the two are told apart by whether the connector
// still exists (operator-features.md F8). Expired or revoked credentials come from each source's
// own client library, so they are recognised by their words rather than one exact text.

export interface FailureExplanation {
  kind: 'idle-cleanup' | 'orphaned' | 'expired-credentials'
  /** A short name for the cause. */
  title: string
  /** What happened, in words. */
  explanation: string
  /** What the operator can do about it. */
  nextStep: string
}

export const IDLE_JOB_ERROR = 'The job has not seen any update for some time.'

const EXPIRED_CREDENTIALS = [
  /\b(token|credentials?|api key|password|secret)\b[^.]*\b(expired|revoked)\b/i,
  /\b(expired|revoked)\b[^.]*\b(token|credentials?|api key|password|secret)\b/i,
  /\b401\b[^.]*unauthori[sz]ed|unauthori[sz]ed[^.]*\b401\b/i,
]

/**
 * The explanation of a failure message, or undefined when it is not a known one. `orphaned`: every
 * job with this message belongs to a connector that no longer exists.
 */
export function explainFailure(message: string, orphaned: boolean): FailureExplanation | undefined {
  const text = message.trim()
  if (text === IDLE_JOB_ERROR) {
    return orphaned
      ? {
          kind: 'orphaned',
          title: 'Orphaned job',
          explanation: 'Its connector was deleted while the job was running, so the connector service’s cleanup marked it as failed.',
          nextStep: 'Nothing will run it again. Delete these jobs if their history is not needed.',
        }
      : {
          kind: 'idle-cleanup',
          title: 'Failed by the idle-job cleanup',
          explanation:
            'The connector service fails a running job whose worker has sent no update for five minutes: the worker stopped, crashed or lost its connection to Elasticsearch.',
          nextStep: 'Check the connector service on the job’s worker host (its logs around the last heartbeat), then run the sync again.',
        }
  }
  if (EXPIRED_CREDENTIALS.some((pattern) => pattern.test(text))) {
    return {
      kind: 'expired-credentials',
      title: 'Expired or revoked credentials',
      explanation: 'The data source refused the connector’s token or credentials.',
      nextStep: 'Renew the token or credentials in the connector’s configuration, then run the sync again.',
    }
  }
  return undefined
}
