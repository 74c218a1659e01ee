// Builds the app when dist/ is missing or older than any source file, so the benchmark measures the
// code as it is — with its precompressed copies, as `npm run build` leaves it.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

export function buildIfNeeded(root: string): void {
  const index = path.join(root, 'dist', 'index.html')
  const sources = Math.max(newestMtime(path.join(root, 'src')), statSync(path.join(root, 'index.html')).mtimeMs, statSync(path.join(root, 'vite.config.ts')).mtimeMs)
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return
  console.info('bench: building the app (dist/ is missing or older than src/)…')
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  // As `npm run build` does: the brotli and gzip copies the server sends (tools/precompress.ts).
  execFileSync(process.execPath, [path.join(root, 'tools', 'precompress.ts')], { cwd: root, stdio: 'inherit' })
}
