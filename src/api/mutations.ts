// Mutation factories. None is ever retried automatically (an operator's action must not be applied
// twice); each returns the invalidation promise so its button stays busy until fresh data arrives.
import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import { syncJobKeys } from './queries.ts'
import {
  cancelSyncJob,
  checkInSyncJob,
  claimSyncJob,
  createSyncJob,
  deleteSyncJob,
  setSyncJobError,
} from './sync-jobs.ts'
import type { ClaimSyncJobBody, CreateSyncJobBody } from '../../contract/es-connector-types.ts'

const refreshJobs = (client: QueryClient) => client.invalidateQueries({ queryKey: syncJobKeys.all })

export const syncJobMutations = {
  create: () =>
    mutationOptions({
      mutationKey: ['sync-jobs', 'create'],
      mutationFn: (body: CreateSyncJobBody) => createSyncJob(body),
      onSuccess: (_data, _vars, _result, { client }) => refreshJobs(client),
    }),
  claim: () =>
    mutationOptions({
      mutationKey: ['sync-jobs', 'claim'],
      mutationFn: ({ id, ...body }: ClaimSyncJobBody & { id: string }) => claimSyncJob(id, body),
      onSuccess: (_data, _vars, _result, { client }) => refreshJobs(client),
    }),
  checkIn: () =>
    mutationOptions({
      mutationKey: ['sync-jobs', 'check-in'],
      mutationFn: (id: string) => checkInSyncJob(id),
      onSuccess: (_data, _vars, _result, { client }) => refreshJobs(client),
    }),
  cancel: () =>
    mutationOptions({
      mutationKey: ['sync-jobs', 'cancel'],
      mutationFn: (id: string) => cancelSyncJob(id),
      onSuccess: (_data, _vars, _result, { client }) => refreshJobs(client),
    }),
  setError: () =>
    mutationOptions({
      mutationKey: ['sync-jobs', 'error'],
      mutationFn: ({ id, error }: { id: string; error: string }) => setSyncJobError(id, error),
      onSuccess: (_data, _vars, _result, { client }) => refreshJobs(client),
    }),
  delete: () =>
    mutationOptions({
      mutationKey: ['sync-jobs', 'delete'],
      mutationFn: (id: string) => deleteSyncJob(id),
      onSuccess: (_data, id, _result, { client }) => {
        // The job is gone: drop its detail instead of refetching it into a 404.
        client.removeQueries({ queryKey: [...syncJobKeys.details(), id] })
        return refreshJobs(client)
      },
    }),
}
