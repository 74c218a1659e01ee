// What a store method throws, for the store tests: the EsException itself, so a test can read its status
// and error body (anything else thrown, or nothing thrown, fails the test).

import { EsException } from '../../../../server/emulator/errors.ts'

export function thrown(action: () => unknown): EsException {
  try {
    action()
  } catch (error) {
    if (error instanceof EsException) return error
    throw error
  }
  throw new Error('expected an EsException')
}
