// Where the connector page links to outside itself: the connectors overview (config/paths.ts has no
// builder for it yet; the overview owns that file).
export const CONNECTORS_PATH = '/connectors'
