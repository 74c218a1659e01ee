// The `filter_path`s of the browser's main reads: what a jobs list row, the overview's health and a
// connector picker read of the cluster's answers. Shared by src/api/ (which reads with them) and
// server/route-data.ts (which names the landing pages' first reads for the browser to preload, and
// must spell them as the app does: the browser matches a preload by URL).

/**
 * Leaves out what a list row never shows: the connector snapshot's configuration, sync rules,
 * pipeline and cursor, and the metadata. That is most of each job's size (a 1,000-job page shrinks
 * several-fold), and the configuration may hold secret values the browser has no need to hold.
 */
export const SYNC_JOB_ROW_FILTER = [
  '-results.connector.configuration',
  '-results.connector.filtering',
  '-results.connector.pipeline',
  '-results.connector.sync_cursor',
  '-results.metadata',
].join(',')

/** What health, the overview's table and its banners read of a connector; nothing secret, nothing heavy. */
export const CONNECTOR_HEALTH_FIELDS = [
  'id',
  'name',
  'index_name',
  'service_type',
  'status',
  'error',
  'last_seen',
  'last_synced',
  'last_sync_status',
  'last_sync_error',
  'last_access_control_sync_status',
  'last_access_control_sync_error',
  'last_sync_scheduled_at',
  'last_incremental_sync_scheduled_at',
  'last_access_control_sync_scheduled_at',
  'scheduling',
] as const
/** Of `features`, the two that decide whether the service runs incremental and access-control schedules. */
const FEATURE_FIELDS = ['features.incremental_sync.enabled', 'features.document_level_security.enabled']
export const CONNECTOR_HEALTH_FILTER = ['count', ...[...CONNECTOR_HEALTH_FIELDS, ...FEATURE_FIELDS].map((field) => `results.${field}`)].join(',')

/** Only what pickers and the jobs list show of a connector; configurations (and their secrets) stay on the cluster. */
export const CONNECTOR_SUMMARY_FILTER = 'count,results.id,results.name,results.index_name,results.service_type'
