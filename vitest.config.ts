import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/server/**/*.test.ts', 'test/src/lib/**/*.test.ts', 'test/src/config/**/*.test.ts', 'test/tools/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/src/**/*.test.tsx', 'test/src/api/**/*.test.ts', 'test/src/app/**/*.test.ts'],
          setupFiles: ['test/src/setup.ts'],
          // Each component test renders real routes against a freshly seeded emulator; on a 2-core CI
          // machine the first render of a file can take several seconds.
          testTimeout: 15_000,
        },
      },
    ],
  },
})
