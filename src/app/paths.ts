// Path builders for the app's routes (DESIGN.md "pages"); ids are always encoded.

export const paths = {
  jobs: '/jobs',
  newJob: (connectorId?: string) =>
    connectorId ? `/jobs/new?${new URLSearchParams({ connector_id: connectorId }).toString()}` : '/jobs/new',
  job: (id: string) => `/jobs/${encodeURIComponent(id)}`,
  /** The list filtered to one connector. */
  jobsOfConnector: (connectorId: string) => `/jobs?${new URLSearchParams({ connector_id: connectorId }).toString()}`,
}
