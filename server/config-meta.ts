// The server's config (read-only or not, embedded or remote) written into the page it serves, as
// `<meta name="syncboard-config" content="{…}">`: the app reads it before its first render
// (src/api/cluster.ts readPageServerConfig), so the header's cluster badge and the read-only controls
// are right at once, and a page load asks the server nothing for it. `/syncboard/config` still answers
// the same JSON, for the Vite dev server's pages, which carry no tag.
import { SERVER_CONFIG_META, type ServerConfig } from '../contract/syncboard-protocol.ts'

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' }

/** The `<meta>` tag carrying `config` as JSON, escaped for a double-quoted attribute. */
export function configMetaTag(config: ServerConfig): string {
  const json = JSON.stringify({ readOnly: config.readOnly, mode: config.mode })
  return `<meta name="${SERVER_CONFIG_META}" content="${json.replace(/[&"<>]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char)}">`
}
