// Vite: the React app (run by Preact), `npm run dev`'s /es mount, and how the build is cut into chunks.
import { defineConfig, type Connect, type Plugin, type PluginOption } from 'vite'
import { fileURLToPath } from 'node:url'
import prefresh from '@prefresh/vite'
import { COMPILE_HINT, compileHintFirst } from './tools/compile-hint.ts'

// `npm run dev` mounts the same /es handler as `npm start`: the embedded emulator, or forwarding to
// ES_URL. Loaded lazily by Node itself (not bundled into the config), so `vite build` never touches
// the server code.
function esMount(): Plugin {
  return {
    name: 'syncboard-es-mount',
    apply: 'serve',
    async configureServer(server) {
      const entry = new URL('./server/dev-middleware.ts', import.meta.url).href
      const { createDevMiddleware } = (await import(/* @vite-ignore */ entry)) as {
        createDevMiddleware: () => Promise<Connect.NextHandleFunction>
      }
      server.middlewares.use(await createDevMiddleware())
    },
  }
}

// React's runtime is swapped for Preact's compat layer (≈ 60 kB gzip less on every page: issue 13's
// 120 kB first load cannot be met with react-dom's 67 kB); the code and its types stay React's
// (@types/react), so `tsc` checks the app against React's API and the JSX compiles to the automatic
// `react/jsx-runtime` (tsconfig's "react-jsx", read by Vite's Oxc transform). Exact-match patterns,
// so `react-router` and `@tanstack/react-query` are left alone. Shared with vitest.config.ts.
export const reactToPreact = [
  { find: /^react$/, replacement: fileURLToPath(new URL('./compat/react.ts', import.meta.url)) },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: fileURLToPath(new URL('./compat/with-selector.ts', import.meta.url)) },
]

export default defineConfig({
  // Fast refresh in `npm run dev` is Preact's (@prefresh/vite); React's refresh runtime cannot drive
  // Preact's renderer.
  // (Its typings promise a PluginOption, which Vite's own type does not nest; Vite awaits it all the same.)
  plugins: [prefresh().then((plugin): PluginOption[] => [plugin]), esMount(), compileHintFirst()],
  resolve: { alias: reactToPreact },
  // Said outright: @prefresh/vite otherwise defaults the JSX to Preact's classic `h`.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    // dist/.vite/manifest.json: which chunks and styles each page module needs, read by the server to
    // preload a page's own chunks from the HTML it answers (server/route-preloads.ts).
    manifest: true,
    rolldownOptions: {
      // React Query marks its modules "use client" for React Server Components, which a browser bundle
      // has no use for; Rolldown would warn once per module on every build.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use client"')) return
        warn(warning)
      },
      output: {
        // Chrome's explicit compile hint (V8 blog, "Giving V8 a heads-up", Chrome 136+): compile every
        // function of the file while it streams in, on a background thread, instead of each one on the
        // main thread when first called — most of a landing page's code runs in its first render.
        // bench:main-thread, 9 loads in turn: script on the main thread 266 → 196 ms on /connectors,
        // 262 → 228 on /jobs, 136 → 104 on a job page. After minification, which would drop a comment;
        // compileHintFirst (tools/compile-hint.ts) keeps it above Vite's preload helper.
        postBanner: COMPILE_HINT,
        codeSplitting: {
          groups: [
            // What every page runs — Preact (as React), the router, React Query — in one chunk that changes only
            // when they are upgraded, so a release of the app's own code does not make browsers fetch it
            // again. Everything else is split by Rolldown along the routes' dynamic imports (the charts
            // and cron readers stay with the pages that use them).
            {
              name: 'vendor',
              test: /node_modules[\\/](preact|react-router|@tanstack[\\/](query-core|react-query))[\\/]/,
              priority: 10,
            },
            { name: 'app', tags: ['$initial'], priority: 5 },
            // The app's modules that three pages or more share, in one chunk instead of one per set of
            // pages: a first visit asked for 20 to 24 scripts and stylesheets, well past the six a
            // browser fetches at once from an HTTP/1.1 server such as `npm start`, and now asks for
            // 11 or 12 with the same bytes. (Shared by two pages or more, the chunk would carry code
            // a landing page does not run: /jobs would start with 125 kB, over issue 13's 120.)
            { name: 'shared', test: /[\\/]src[\\/]/, minShareCount: 3, priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
})
