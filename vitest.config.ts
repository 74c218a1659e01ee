import { defineConfig } from 'vitest/config'
import { reactToPreact } from './vite.config.ts'

export default defineConfig({
  resolve: {
    alias: [
      ...reactToPreact,
      // Testing Library's CommonJS build requires react-dom past Vite's resolver; its ESM build imports it.
      { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
    ],
  },
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/server/**/*.test.ts', 'test/src/lib/**/*.test.ts', 'test/src/config/**/*.test.ts', 'test/src/features/**/*.test.ts', 'test/tools/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/src/**/*.test.tsx', 'test/src/api/**/*.test.ts', 'test/src/app/**/*.test.ts'],
          setupFiles: ['test/src/setup.ts'],
          // Dependencies that import React must go through Vite, not Node's own import, for the
          // aliases to Preact (vite.config.ts) to apply to them too.
          server: { deps: { inline: [/react-router/, /@tanstack[\\/]react-/, /@testing-library[\\/]react/, /@visx[\\/]/] } },
          // Each component test renders real routes against a freshly seeded emulator; on a 2-core CI
          // machine the first render of a file can take several seconds.
          testTimeout: 15_000,
        },
      },
    ],
  },
})
