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
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
})
