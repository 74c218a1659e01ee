// Vite: the React app, `npm run dev`'s /es mount, and how the build is cut into chunks.
import { defineConfig, type Connect, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

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

export default defineConfig({
  plugins: [react(), esMount()],
  build: {
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    // dist/.vite/manifest.json: which chunks and styles each page module needs, read by the server to
    // preload a page's own chunks from the HTML it answers (server/route-preloads.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every page runs — React, the router, React Query — in one chunk that changes only
            // when they are upgraded, so a release of the app's own code does not make browsers fetch it
            // again. Everything else is split by Rolldown along the routes' dynamic imports (the charts
            // and cron readers stay with the pages that use them).
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query))[\\/]/,
              priority: 10,
            },
            { name: 'app', tags: ['$initial'], priority: 5 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
})
