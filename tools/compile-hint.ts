// Chrome's explicit compile hint (V8 blog, "Giving V8 a heads-up"): a file whose first line is
// `//# allFunctionsCalledOnLoad` has every function compiled while it streams in, on a background
// thread, instead of each one on the main thread when first called. vite.config.ts writes it as each
// chunk's `postBanner`, but Vite's preload helper then puts `const __vite__mapDeps=(…)=>…` above it
// in the entry and in each page chunk that loads chunks lazily, and V8 no longer takes the hint there
// (a trace of /jobs: 36 ms of lazy compilation left on the main thread). This moves it back to line 1.
// Both lines map to no source, so the source maps stay right.
import type { Plugin } from 'vite'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** `code` with the hint on its first line, wherever the banner put it; unchanged without one. */
export function hintOnFirstLine(code: string): string {
  if (code.startsWith(COMPILE_HINT) || !code.includes(`\n${COMPILE_HINT}\n`)) return code
  return `${COMPILE_HINT}\n${code.replace(`\n${COMPILE_HINT}\n`, '\n')}`
}

export function compileHintFirst(): Plugin {
  return {
    name: 'syncboard-compile-hint-first',
    apply: 'build',
    // After Vite's own generateBundle, which writes the helper.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = hintOnFirstLine(chunk.code)
      },
    },
  }
}
