// Types every query and mutation error as EsError (client.ts turns every failure into one).
import type { EsError } from './es-error.ts'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: EsError
  }
}
