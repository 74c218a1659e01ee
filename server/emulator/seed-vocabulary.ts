// The realistic raw material for the emulator's seed data and its simulated worker: the connector
// service types we imitate (their configuration fields, capabilities, data sizes and typical
// failures) and the host names of the simulated connector service.

import type { ConnectorConfigField, ConnectorConfiguration, JobType } from '../../contract/es-connector-types.ts'
import { randomBetween, type Random } from './random.ts'

/** How big a source is, so document counts, volumes and durations look plausible for it. */
export interface SourceProfile {
  /** Documents in a complete index of this source, roughly. */
  documents: number
  /** Average indexed size of one document in KiB (volume is reported in MiB). */
  kibPerDocument: number
  /** Identities an access-control sync writes. */
  identities: number
}

export interface ServiceTypeSpec {
  serviceType: string
  /** Product name shown in connector names ("SharePoint Online – Marketing"). */
  product: string
  /** Short token for index names (`search-<slug>-<team>`). */
  slug: string
  incremental: boolean
  documentLevelSecurity: boolean
  advancedRules: boolean
  profile: SourceProfile
  /** Failures this source's connector really reports, as "ExceptionClass: message". */
  errors: readonly string[]
  /** Extra (non-DEFAULT) sync rules typical for this source: [field, policy, rule, value]. */
  rules: readonly (readonly [string, 'include' | 'exclude', string, string])[]
  advancedSnippet?: unknown
  configuration: (team: string) => ConnectorConfiguration
}

/** The simulated connector service's live pods; seeded healthy in_progress jobs carry these. */
export const LIVE_WORKER_HOSTNAMES = ['connectors-7f9c-worker-1', 'connectors-7f9c-worker-2', 'connectors-7f9c-worker-3'] as const
/**
 * The live pod on a bad node: its syncs fail far more often than the others' (pods killed mid-sync,
 * so the idle-job cleanup fails them, and overloaded bulk requests), in the seed's history and live.
 */
export const FLAKY_WORKER_HOSTNAME = 'connectors-7f9c-worker-3'

/** How often a sync fails for reasons of its own, on a healthy pod and on the flaky one. */
export function hostFailureRate(hostname: string | undefined): number {
  return hostname === FLAKY_WORKER_HOSTNAME ? 0.4 : 0.03
}
/**
 * Pods of the previous deployment, gone without finishing their jobs. Seeded stuck in_progress and
 * canceling jobs carry these, and the simulated worker never drives a job it did not claim itself.
 */
export const DEAD_WORKER_HOSTNAMES = ['connectors-5b8d-worker-0', 'connectors-5b8d-worker-1'] as const

/**
 * A connector whose service has not sent a heartbeat (connector `last_seen`) for this long is not
 * served by any connector service (Kibana's "connected" window, F9). The seed gives one connector a
 * heartbeat hours old, and the simulated worker leaves that connector's pending and suspended jobs alone.
 */
export const SERVICE_CONNECTED_WINDOW_MS = 30 * 60_000

/** What the connector service's idle cleanup writes (elastic/connectors `connectors/services/job_cleanup.py`). */
export const IDLE_JOB_ERROR = 'The job has not seen any update for some time.'

/** Failures any connector can hit, whatever its source. */
export const COMMON_ERRORS = [
  IDLE_JOB_ERROR,
  'ElasticsearchOverflowError: Connector was unable to ingest data into overloaded Elasticsearch. Make sure Elasticsearch instance is healthy, has enough resources and content index is healthy.',
] as const

export const TEAMS = [
  'marketing',
  'engineering',
  'support',
  'finance',
  'legal',
  'sales',
  'hr',
  'product',
  'operations',
  'research',
  'security',
  'design',
] as const

export const LANGUAGES = ['en', 'en', 'en', 'en', 'de', 'fr', 'es', 'ja'] as const

interface FieldOptions {
  display?: string
  type?: string
  sensitive?: boolean
  required?: boolean
  tooltip?: string
}

/** Builds a configuration map with the keys the connector service writes for every field. */
function config(fields: readonly (readonly [key: string, label: string, value: unknown, options?: FieldOptions])[]): ConnectorConfiguration {
  const configuration: ConnectorConfiguration = {}
  fields.forEach(([key, label, value, options = {}], index) => {
    const field: ConnectorConfigField = {
      label,
      value,
      display: options.display ?? (typeof value === 'boolean' ? 'toggle' : typeof value === 'number' ? 'numeric' : 'text'),
      type: options.type ?? (typeof value === 'boolean' ? 'bool' : typeof value === 'number' ? 'int' : Array.isArray(value) ? 'list' : 'str'),
      order: index + 1,
      required: options.required ?? true,
      sensitive: options.sensitive ?? false,
      depends_on: [],
      options: [],
      ui_restrictions: [],
      validations: [],
    }
    if (options.tooltip !== undefined) field.tooltip = options.tooltip
    configuration[key] = field
  })
  return configuration
}

const secret = { display: 'text', sensitive: true } as const

export const SERVICE_TYPES: readonly ServiceTypeSpec[] = [
  {
    serviceType: 'sharepoint_online',
    product: 'SharePoint Online',
    slug: 'sharepoint',
    incremental: true,
    documentLevelSecurity: true,
    advancedRules: true,
    profile: { documents: 120_000, kibPerDocument: 180, identities: 2_400 },
    errors: [
      "ConnectionError: Cannot connect to host sp.example.com:443 ssl:default [Connect call failed ('203.0.113.10', 443)]",
      'ApiError: 401 Unauthorized – the access token expired',
      'ThrottledError: SharePoint Online throttled the connector (429 Too Many Requests), retry after 120 seconds',
    ],
    rules: [
      ['path', 'exclude', 'starts_with', '/sites/archive'],
      ['extension', 'exclude', 'equals', 'tmp'],
    ],
    advancedSnippet: [{ skipFilesWithExtensions: ['.mp4', '.iso'] }],
    configuration: (team) =>
      config([
        ['tenant_id', 'Tenant ID', 'a3f1c2d4-0000-4e5f-9a8b-1c2d3e4f5a6b'],
        ['tenant_name', 'Tenant name', 'examplecorp'],
        ['client_id', 'Client ID', '6b1e4a2c-1111-4d3e-8f7a-9b0c1d2e3f4a'],
        ['secret_value', 'Secret value', 'fake-client-secret-Q8~xYz.not-real', secret],
        ['site_collections', 'Comma-separated list of sites', [team, 'intranet'], { display: 'textarea' }],
        ['enumerate_all_sites', 'Enumerate all sites?', false],
        ['fetch_subsites', 'Fetch sub-sites of configured sites?', true],
        ['use_document_level_security', 'Enable document level security', true],
        ['fetch_drive_item_permissions', 'Fetch drive item permissions', true],
        ['use_text_extraction_service', 'Use text extraction service', false, { required: false }],
      ]),
  },
  {
    serviceType: 'google_drive',
    product: 'Google Drive',
    slug: 'gdrive',
    incremental: true,
    documentLevelSecurity: true,
    advancedRules: false,
    profile: { documents: 45_000, kibPerDocument: 95, identities: 850 },
    errors: [
      'RetryError: rate limited by Google Drive API (429)',
      'HttpError: <HttpError 403 when requesting https://www.googleapis.com/drive/v3/files returned "The caller does not have permission">',
    ],
    rules: [['mimeType', 'exclude', 'equals', 'application/vnd.google-apps.folder']],
    configuration: () =>
      config([
        [
          'service_account_credentials',
          'Google Drive service account JSON',
          '{"type": "service_account", "project_id": "example-drive-sync", "private_key": "-----BEGIN PRIVATE KEY-----\\nFAKE-KEY-FOR-THE-EMULATOR\\n-----END PRIVATE KEY-----\\n", "client_email": "drive-sync@example-drive-sync.iam.gserviceaccount.com"}',
          { display: 'textarea', sensitive: true },
        ],
        ['use_domain_wide_delegation_for_sync', 'Use domain-wide delegation for data sync', true],
        ['google_workspace_admin_email_for_data_sync', 'Google Workspace admin email', 'admin@example.com'],
        ['google_workspace_email_for_shared_drives_sync', 'Google Workspace email for syncing shared drives', 'drive-sync@example.com'],
        ['use_document_level_security', 'Enable document level security', true],
        ['max_concurrency', 'Maximum concurrent HTTP requests', 25, { required: false }],
      ]),
  },
  {
    serviceType: 'confluence',
    product: 'Confluence',
    slug: 'confluence',
    incremental: false,
    documentLevelSecurity: true,
    advancedRules: true,
    profile: { documents: 18_000, kibPerDocument: 40, identities: 1_200 },
    errors: [
      'NotFound: Resource Not Found. Error: 404 Not Found for url https://example.atlassian.net/wiki/rest/api/space/ENG',
      'Unauthorized: Invalid credentials. Error: 401 Unauthorized',
    ],
    rules: [['space', 'exclude', 'equals', 'ARCHIVE']],
    advancedSnippet: [{ query: 'space = ENG AND type = page AND lastmodified > now("-365d")' }],
    configuration: (team) =>
      config([
        ['data_source', 'Confluence data source', 'confluence_cloud', { display: 'dropdown' }],
        ['account_email', 'Confluence Cloud account email', 'svc-search@example.com'],
        ['api_token', 'Confluence Cloud API token', 'fake-atlassian-token-ATATT3xFfGF0', secret],
        ['confluence_url', 'Confluence URL', 'https://example.atlassian.net'],
        ['spaces', 'Confluence space keys', [team.toUpperCase().slice(0, 4), 'ENG'], { display: 'textarea' }],
        ['index_labels', 'Enable indexing labels', true, { required: false }],
        ['ssl_enabled', 'Enable SSL', true],
      ]),
  },
  {
    serviceType: 'jira',
    product: 'Jira',
    slug: 'jira',
    incremental: false,
    documentLevelSecurity: true,
    advancedRules: true,
    profile: { documents: 60_000, kibPerDocument: 12, identities: 1_500 },
    errors: [
      'InvalidClientError: Jira Cloud rejected the API token (401 Unauthorized)',
      'ClientResponseError: 503, message=\'Service Unavailable\', url=URL(\'https://example.atlassian.net/rest/api/2/search\')',
    ],
    rules: [
      ['project', 'include', 'equals', 'SUP'],
      ['status', 'exclude', 'equals', 'Closed'],
    ],
    advancedSnippet: [{ query: 'project = SUP AND updated >= -90d' }],
    configuration: () =>
      config([
        ['data_source', 'Jira data source', 'jira_cloud', { display: 'dropdown' }],
        ['account_email', 'Jira Cloud email address', 'svc-search@example.com'],
        ['api_token', 'Jira Cloud API token', 'fake-jira-token-ATATT3xFfGF1', secret],
        ['jira_url', 'Jira host URL', 'https://example.atlassian.net'],
        ['projects', 'Comma-separated list of Jira project keys', ['*'], { display: 'textarea' }],
        ['ssl_enabled', 'Enable SSL', false],
      ]),
  },
  {
    serviceType: 'mysql',
    product: 'MySQL',
    slug: 'mysql',
    incremental: false,
    documentLevelSecurity: false,
    advancedRules: true,
    profile: { documents: 250_000, kibPerDocument: 2, identities: 0 },
    errors: [
      "OperationalError: (2003, \"Can't connect to MySQL server on 'mysql.internal.example.com' ([Errno 111] Connection refused)\")",
      "ProgrammingError: (1146, \"Table 'shop.order_items_old' doesn't exist\")",
    ],
    rules: [['status', 'exclude', 'equals', 'deleted']],
    advancedSnippet: [{ tables: ['orders'], query: 'SELECT * FROM orders WHERE updated_at > NOW() - INTERVAL 30 DAY' }],
    configuration: (team) =>
      config([
        ['host', 'Host', 'mysql.internal.example.com'],
        ['port', 'Port', 3306],
        ['user', 'Username', `search_${team}`],
        ['password', 'Password', 'fake-mysql-password-7hG2', secret],
        ['database', 'Database', 'shop'],
        ['tables', 'Comma-separated list of tables', ['orders', 'customers', 'products'], { display: 'textarea' }],
        ['ssl_enabled', 'Enable SSL verification', true],
        ['fetch_size', 'Rows fetched per request', 50, { required: false }],
        ['retry_count', 'Retries per request', 3, { required: false }],
      ]),
  },
  {
    serviceType: 'postgresql',
    product: 'PostgreSQL',
    slug: 'postgres',
    incremental: false,
    documentLevelSecurity: false,
    advancedRules: true,
    profile: { documents: 400_000, kibPerDocument: 1.5, identities: 0 },
    errors: [
      "ConnectionRefusedError: [Errno 111] Connect call failed ('10.0.4.12', 5432)",
      'InvalidPasswordError: password authentication failed for user "search_reader"',
    ],
    rules: [],
    advancedSnippet: [{ tables: ['tickets'], query: "SELECT * FROM tickets WHERE state <> 'spam'" }],
    configuration: () =>
      config([
        ['host', 'Host', 'pg-primary.internal.example.com'],
        ['port', 'Port', 5432],
        ['username', 'Username', 'search_reader'],
        ['password', 'Password', 'fake-postgres-password-Zq91', secret],
        ['database', 'Database', 'helpdesk'],
        ['schema', 'Schema', 'public'],
        ['tables', 'Comma-separated list of tables', ['*'], { display: 'textarea' }],
        ['ssl_enabled', 'Enable SSL verification', false],
      ]),
  },
  {
    serviceType: 'mongodb',
    product: 'MongoDB',
    slug: 'mongo',
    incremental: false,
    documentLevelSecurity: false,
    advancedRules: true,
    profile: { documents: 150_000, kibPerDocument: 6, identities: 0 },
    errors: [
      'ServerSelectionTimeoutError: mongo-0.example.com:27017: timed out, Timeout: 30s, Topology Description: <TopologyDescription topology_type: ReplicaSetNoPrimary>',
      "OperationFailure: command find requires authentication, full error: {'ok': 0.0, 'errmsg': 'command find requires authentication', 'code': 13}",
    ],
    rules: [['archived', 'exclude', 'equals', 'true']],
    advancedSnippet: { find: { filter: { status: 'active' }, options: { projection: { _id: 1, title: 1, body: 1 } } } },
    configuration: () =>
      config([
        ['host', 'Server hostname', 'mongodb+srv://catalog.example.mongodb.net'],
        ['user', 'Username', 'search-sync', { required: false }],
        ['password', 'Password', 'fake-mongo-password-pL4s', { sensitive: true, required: false }],
        ['database', 'Database', 'catalog'],
        ['collection', 'Collection', 'articles'],
        ['direct_connection', 'Direct connection', false],
        ['ssl_enabled', 'SSL/TLS connection', true],
      ]),
  },
  {
    serviceType: 'salesforce',
    product: 'Salesforce',
    slug: 'salesforce',
    incremental: true,
    documentLevelSecurity: true,
    advancedRules: true,
    profile: { documents: 30_000, kibPerDocument: 8, identities: 600 },
    errors: [
      'InvalidCredentialsException: The provided credentials could not be validated. Check the client ID and client secret.',
      'RateLimitedException: Salesforce daily API request limit exceeded (REQUEST_LIMIT_EXCEEDED)',
    ],
    rules: [['StageName', 'exclude', 'equals', 'Closed Lost']],
    advancedSnippet: [{ query: 'SELECT Id, Name FROM Account WHERE LastModifiedDate = LAST_N_DAYS:30', language: 'SOQL' }],
    configuration: () =>
      config([
        ['domain', 'Domain', 'example-corp'],
        ['client_id', 'Client ID', '3MVG9fake.ClientIdForTheEmulator'],
        ['client_secret', 'Client Secret', 'fake-salesforce-client-secret-91AB', secret],
        ['use_document_level_security', 'Enable document level security', true],
      ]),
  },
  {
    serviceType: 's3',
    product: 'Amazon S3',
    slug: 's3',
    incremental: false,
    documentLevelSecurity: false,
    advancedRules: true,
    profile: { documents: 8_000, kibPerDocument: 650, identities: 0 },
    errors: [
      'ClientError: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied',
      'EndpointConnectionError: Could not connect to the endpoint URL: "https://example-docs.s3.eu-west-1.amazonaws.com/"',
    ],
    rules: [['key', 'exclude', 'ends_with', '.log']],
    advancedSnippet: [{ bucket: 'example-docs', extension: ['.pdf', '.docx'], prefix: 'published/' }],
    configuration: (team) =>
      config([
        ['buckets', 'AWS Buckets', [`example-${team}-docs`], { display: 'textarea' }],
        ['aws_access_key_id', 'AWS Access Key Id', 'AKIAFAKEEMULATOR0001'],
        ['aws_secret_access_key', 'AWS Secret Key', 'fake/aws/secret/key/for/the/emulator0001', secret],
        ['read_timeout', 'Read timeout duration', 90, { required: false }],
        ['connect_timeout', 'Connection timeout', 90, { required: false }],
        ['max_attempts', 'Maximum retry attempts', 5, { required: false }],
        ['page_size', 'Maximum size of page', 100, { required: false }],
      ]),
  },
  {
    serviceType: 'github',
    product: 'GitHub',
    slug: 'github',
    incremental: false,
    documentLevelSecurity: true,
    advancedRules: true,
    profile: { documents: 12_000, kibPerDocument: 20, identities: 300 },
    errors: [
      'UnauthorizedException: Your Github token is either expired or revoked. Please check again.',
      'RateLimitExceeded: API rate limit exceeded for installation ID 1234567 (reset in 38 minutes)',
    ],
    rules: [['type', 'exclude', 'equals', 'pull_request']],
    advancedSnippet: [{ repository: 'example/handbook', filter: { issue: 'is:open', pr: 'is:merged' } }],
    configuration: () =>
      config([
        ['data_source', 'Data source', 'github_cloud', { display: 'dropdown' }],
        ['auth_method', 'Authentication method', 'personal_access_token', { display: 'dropdown' }],
        ['token', 'Token', 'ghp_FAKEtokenForTheEmulator0000000000000', secret],
        ['repo_type', 'Repository type', 'organization', { display: 'dropdown' }],
        ['org_name', 'Organization name', 'example'],
        ['repositories', 'List of repositories', ['*'], { display: 'textarea' }],
        ['ssl_enabled', 'Enable SSL', false],
      ]),
  },
  {
    serviceType: 'servicenow',
    product: 'ServiceNow',
    slug: 'servicenow',
    incremental: true,
    documentLevelSecurity: true,
    advancedRules: true,
    profile: { documents: 75_000, kibPerDocument: 10, identities: 3_200 },
    errors: [
      'InvalidResponse: Received status 503 from https://dev12345.service-now.com/api/now/table/sys_user',
      'InvalidConfigurationError: Configured services are not available: Knowledge Base Articles',
    ],
    rules: [['sys_class_name', 'include', 'equals', 'incident']],
    advancedSnippet: [{ service: 'Incident', query: 'active=true^priority<=2' }],
    configuration: () =>
      config([
        ['url', 'Service URL', 'https://dev12345.service-now.com'],
        ['username', 'Username', 'svc.search'],
        ['password', 'Password', 'fake-servicenow-password-Xr5t', secret],
        ['services', 'Comma-separated list of services', ['Incident', 'Knowledge', 'Change request'], { display: 'textarea' }],
        ['retry_count', 'Retries per request', 3, { required: false }],
        ['concurrent_downloads', 'Maximum concurrent downloads', 10, { required: false }],
      ]),
  },
  {
    serviceType: 'network_drive',
    product: 'Network drive',
    slug: 'netdrive',
    incremental: false,
    documentLevelSecurity: true,
    advancedRules: true,
    profile: { documents: 5_000, kibPerDocument: 900, identities: 150 },
    errors: [
      'ConnectionError: Failed to connect to \\\\fileserver.corp.example.com\\finance: [Errno 113] No route to host',
      'SMBAuthenticationError: STATUS_LOGON_FAILURE – the user name or password is incorrect',
    ],
    rules: [['extension', 'exclude', 'equals', 'bak']],
    advancedSnippet: [{ pattern: 'reports/**/*.pdf' }],
    configuration: (team) =>
      config([
        ['username', 'Username', `CORP\\svc-search-${team}`],
        ['password', 'Password', 'fake-smb-password-Kd83', secret],
        ['server_ip', 'SMB IP', '10.20.0.15'],
        ['server_port', 'SMB port', 445],
        ['drive_path', 'SMB path', `\\\\fileserver.corp.example.com\\${team}`],
        ['drive_type', 'Drive type', 'windows', { display: 'dropdown' }],
      ]),
  },
]

/** Job families the connector service runs one at a time per connector (F11). */
export function jobFamily(jobType: JobType): 'content' | 'access_control' {
  return jobType === 'access_control' ? 'access_control' : 'content'
}

const SPECS_BY_TYPE = new Map(SERVICE_TYPES.map((spec) => [spec.serviceType, spec]))
const UNKNOWN_SOURCE: Pick<ServiceTypeSpec, 'profile' | 'errors'> = {
  profile: { documents: 20_000, kibPerDocument: 25, identities: 500 },
  errors: [],
}

/** Whether the source can run incremental syncs (the source class's `incremental_sync_enabled`). */
export function supportsIncremental(serviceType: string | undefined): boolean {
  return serviceType !== undefined && SPECS_BY_TYPE.get(serviceType)?.incremental === true
}

/**
 * What the scheduler writes as the connector's error when the ping of an unreachable source fails:
 * `connector.error(e)` stores `str(e)`, the message without the exception class a job error carries.
 */
export function unreachableMessage(serviceType: string | undefined): string {
  const first = sourceOf(serviceType).errors[0] ?? 'ConnectionError: Cannot connect to the data source'
  return first.replace(/^[A-Za-z]+: /, '')
}

/**
 * The cursor a content sync leaves (`data_provider.sync_cursor()`): sources that sync incrementally
 * return where the next incremental sync resumes; the others return None, written as null.
 */
export function syncCursorAfter(serviceType: string | undefined, random: Random, syncedAt: string): Record<string, unknown> | null {
  if (!supportsIncremental(serviceType)) return null
  const token = Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0')
  return { delta_token: `fake-delta-${token}`, timestamp: syncedAt }
}

/** The spec of a service type, or a neutral one for connectors created through the API with any type. */
export function sourceOf(serviceType: string | undefined): Pick<ServiceTypeSpec, 'profile' | 'errors'> {
  return (serviceType !== undefined && SPECS_BY_TYPE.get(serviceType)) || UNKNOWN_SOURCE
}

/** The four counters a sync job reports, volume in MiB as the connector service writes it. */
export interface SyncCounts {
  indexed: number
  deleted: number
  volume: number
  /** Documents in the index when the sync ends (`total_document_count`). */
  total: number
}

/**
 * What one sync of a source of this size writes when it completes: a full sync upserts nearly every
 * document, an incremental one a few percent, an access-control sync one document per identity.
 */
export function completedSyncCounts(random: Random, jobType: JobType, source: { documents: number; identities: number; kibPerDocument: number }): SyncCounts {
  if (jobType === 'access_control') {
    const total = Math.round(source.identities * randomBetween(random, 0.95, 1.05))
    return { indexed: total, deleted: Math.round(total * randomBetween(random, 0, 0.02)), volume: Math.round((total * 2) / 1024), total }
  }
  const total = Math.round(source.documents * randomBetween(random, 0.98, 1.02))
  const indexed = jobType === 'full' ? Math.round(total * randomBetween(random, 0.97, 1)) : Math.round(total * randomBetween(random, 0.002, 0.05))
  const deleted = Math.round(indexed * randomBetween(random, 0, jobType === 'full' ? 0.02 : 0.15))
  return { indexed, deleted, volume: Math.round((indexed * source.kibPerDocument) / 1024), total }
}
