// The sync-job endpoints of the connector API (`/_connector/_sync_job…`), in Elasticsearch's order of
// work: read parameters and body in `prepare`, then act on the store.

import { JOB_TYPES, SYNC_STATUSES, type JobType, type SyncStatus } from '../../contract/es-connector-types.ts'
import { illegalArgument } from './errors.ts'
import { enumValue, parseClaimSyncJob, parseCreateSyncJob, parseSyncJobError, parseUpdateStats, unknownEnumMessage } from './request-bodies.ts'
import { type RestRequest, javaSplit } from './rest-request.ts'
import { ACKNOWLEDGED, type Route, UPDATED } from './rest-route.ts'
import { checkPageParams } from './store.ts'

const JOBS = '/_connector/_sync_job'
const JOB = `${JOBS}/{connector_sync_job_id}`
const jobId = (request: RestRequest) => request.param('connector_sync_job_id') ?? ''

export const syncJobRoutes: Route[] = [
  {
    method: 'GET',
    path: JOBS,
    prepare: (request, store) => {
      const from = request.paramAsInt('from', 0)
      const size = request.paramAsInt('size', 100)
      checkPageParams(from, size)
      const status = readStatus(request.param('status'))
      const connectorId = request.param('connector_id')
      const jobTypes = readJobTypes(request.param('job_type'))
      return () => ({ status: 200, body: store.listSyncJobs({ from, size, status, connector_id: connectorId, job_type: jobTypes }) })
    },
  },
  {
    method: 'POST',
    path: JOBS,
    prepare: (request, store) => {
      const body = parseCreateSyncJob(request.requiredContent())
      return () => ({ status: 201, body: { id: store.createSyncJob(body) } })
    },
  },
  {
    method: 'GET',
    path: JOB,
    prepare: (request, store) => {
      const id = jobId(request)
      return () => ({ status: 200, body: store.getSyncJob(id) })
    },
  },
  {
    method: 'DELETE',
    path: JOB,
    prepare: (request, store) => {
      const id = jobId(request)
      return () => {
        store.deleteSyncJob(id)
        return ACKNOWLEDGED
      }
    },
  },
  {
    method: 'PUT',
    path: `${JOB}/_cancel`,
    prepare: (request, store) => {
      const id = jobId(request)
      return () => {
        store.cancelSyncJob(id)
        return UPDATED
      }
    },
  },
  {
    method: 'PUT',
    path: `${JOB}/_check_in`,
    prepare: (request, store) => {
      const id = jobId(request)
      return () => {
        store.checkInSyncJob(id)
        return UPDATED
      }
    },
  },
  {
    method: 'PUT',
    path: `${JOB}/_claim`,
    prepare: (request, store) => {
      const id = jobId(request)
      // The body is parsed before the job is looked up: a bad body on an unknown id is a 400.
      const body = parseClaimSyncJob(request.requiredContent())
      return () => {
        store.claimSyncJob(id, body)
        return UPDATED
      }
    },
  },
  {
    method: 'PUT',
    path: `${JOB}/_error`,
    prepare: (request, store) => {
      const id = jobId(request)
      const { error } = parseSyncJobError(request.requiredContent())
      return () => {
        store.setSyncJobError(id, error)
        return UPDATED
      }
    },
  },
  {
    method: 'PUT',
    path: `${JOB}/_stats`,
    prepare: (request, store) => {
      const id = jobId(request)
      const body = parseUpdateStats(request.requiredContent())
      return () => ({ status: 200, body: { result: store.updateSyncJobStats(id, body) } })
    },
  },
]

/** `status` takes exactly one value (an empty one is unknown too). */
function readStatus(value: string | undefined): SyncStatus | undefined {
  if (value === undefined) return undefined
  const status = enumValue(SYNC_STATUSES, value)
  if (status === undefined) throw illegalArgument(unknownEnumMessage('ConnectorSyncStatus', value))
  return status
}

/** `job_type` is a comma list; an empty value means no filter, an empty item is unknown. */
function readJobTypes(value: string | undefined): JobType[] | undefined {
  if (value === undefined || value === '') return undefined
  return javaSplit(value, ',').map((item) => {
    const jobType = enumValue(JOB_TYPES, item)
    if (jobType === undefined) throw illegalArgument(unknownEnumMessage('ConnectorSyncJobType', item))
    return jobType
  })
}
