// `GET /` and `HEAD /`: the cluster's MainResponse, which clients (and the dashboard's cluster badge)
// read to learn they talk to Elasticsearch 9.

import { randomUUID } from 'node:crypto'
import type { ClusterInfo } from '../../contract/es-connector-types.ts'
import type { Route } from './rest-route.ts'

export const CLUSTER_NAME = 'syncboard-emulator'

export function rootRoutes(): Route[] {
  const info: ClusterInfo = {
    name: `${CLUSTER_NAME}-node`,
    cluster_name: CLUSTER_NAME,
    cluster_uuid: randomUUID().replaceAll('-', '').slice(0, 22),
    version: {
      number: '9.2.0',
      build_flavor: 'default',
      build_type: 'docker',
      build_hash: '25d88452371273dd27356c98598287b669a03eae',
      build_date: '2025-10-21T10:06:21.288851013Z',
      build_snapshot: false,
      lucene_version: '10.3.1',
      minimum_wire_compatibility_version: '8.19.0',
      minimum_index_compatibility_version: '8.0.0',
    },
    tagline: 'You Know, for Search',
  }
  return [
    { method: 'GET', path: '/', prepare: () => () => ({ status: 200, body: info }) },
    // HEAD answers the same status and headers with no body (the pipeline drops it).
    { method: 'HEAD', path: '/', prepare: () => () => ({ status: 200, body: info }) },
  ]
}
