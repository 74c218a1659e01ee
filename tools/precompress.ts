// `node tools/precompress.ts [dist]`, run by `npm run build` and `npm start` after `vite build`: writes
// `x.js.br` (brotli, quality 11) and `x.js.gz` (gzip, level 9) beside each compressible hashed file in
// dist/assets/, so the server (server/static.ts) sends a browser the smallest variant it accepts without
// compressing anything per request. Files below MIN_COMPRESSIBLE_BYTES, types that do not compress
// (images, fonts), source maps (never part of a page load) and variants that would not be smaller are
// skipped. Prints the totals.

import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

// The server's own threshold for compressing an answer (MIN_COMPRESSIBLE_BYTES in
// server/content-encoding.ts; tools/ may not import server/).
const MIN_COMPRESSIBLE_BYTES = 1024

const COMPRESSIBLE_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.html', '.txt', '.wasm', '.webmanifest'])

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

export interface PrecompressSummary {
  files: number
  bytes: number
  brotliBytes: number
  gzipBytes: number
}

async function precompressFile(file: string, summary: PrecompressSummary): Promise<void> {
  const content = await readFile(file)
  const [brotliBody, gzipBody] = await Promise.all([
    brotli(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
      },
    }),
    gzip(content, { level: 9 }),
  ])
  summary.files += 1
  summary.bytes += content.byteLength
  summary.brotliBytes += Math.min(brotliBody.byteLength, content.byteLength)
  summary.gzipBytes += Math.min(gzipBody.byteLength, content.byteLength)
  // A stale variant from an earlier build of the same name must not outlive a worse new one.
  for (const [suffix, body] of [['.br', brotliBody], ['.gz', gzipBody]] as const) {
    if (body.byteLength >= content.byteLength) {
      await rm(file + suffix, { force: true })
      continue
    }
    // Written aside and renamed into place: a server already running (e2e starts it during the
    // build) must never find half a file under the variant's name.
    const partial = `${file}${suffix}.${process.pid}.partial`
    await writeFile(partial, body)
    await rename(partial, file + suffix)
  }
}

/** Precompresses every eligible file in `assetsDir` (not recursive: Vite writes them flat). */
export async function precompressDir(assetsDir: string): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 }
  const entries = await readdir(assetsDir, { withFileTypes: true })
  const eligible: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !COMPRESSIBLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue
    const file = path.join(assetsDir, entry.name)
    if ((await stat(file)).size >= MIN_COMPRESSIBLE_BYTES) eligible.push(file)
  }
  // Two at a time: brotli's top quality is CPU-bound, and the machines building this have few cores.
  for (let index = 0; index < eligible.length; index += 2) {
    await Promise.all(eligible.slice(index, index + 2).map((file) => precompressFile(file, summary)))
  }
  return summary
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`
}

if (import.meta.main) {
  const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist'))
  const summary = await precompressDir(path.join(dist, 'assets'))
  console.info(
    `precompressed ${summary.files} assets: ${kB(summary.bytes)} → brotli ${kB(summary.brotliBytes)}, gzip ${kB(summary.gzipBytes)}`,
  )
}
