// Whether the cluster is answering the app's requests right now (api/cluster-health.ts), re-rendering
// when that changes: the header shows it, and recovers as soon as a request is answered again.
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import { readClusterHealth, subscribeClusterHealth, type ClusterHealth } from '../api/cluster-health.ts'

export function useClusterHealth(): ClusterHealth {
  const client = useQueryClient()
  const subscribe = useCallback((listener: () => void) => subscribeClusterHealth(client, listener), [client])
  const read = () => readClusterHealth(client)
  return useSyncExternalStore(subscribe, read, read)
}
