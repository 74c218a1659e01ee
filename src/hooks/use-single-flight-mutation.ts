// A mutation that ignores further calls while one is in flight — even a double click that lands
// before React has re-rendered the disabled button — so an operator's action is sent once.
import { useMutation, type MutateOptions, type UseMutationOptions } from '@tanstack/react-query'
import { useRef } from 'react'
import type { EsError } from '../api/es-error.ts'

export function useSingleFlightMutation<TData, TVariables>(options: UseMutationOptions<TData, EsError, TVariables>) {
  const mutation = useMutation(options)
  const inFlight = useRef(false)
  // Whether the last call succeeded, known as soon as it has, not from the next render: a click that
  // lands after the answer but before the re-render (how soon that comes differs between runtimes)
  // must not see `isSuccess` still false and send again.
  const succeeded = useRef(false)
  /** Sends the mutation unless one is already on its way; returns whether it was sent. */
  const mutateOnce = (variables: TVariables, callbacks: MutateOptions<TData, EsError, TVariables> = {}): boolean => {
    if (inFlight.current) return false
    inFlight.current = true
    succeeded.current = false
    mutation.mutate(variables, {
      ...callbacks,
      onSuccess: (...args) => {
        succeeded.current = true
        callbacks.onSuccess?.(...args)
      },
      onSettled: (...args) => {
        inFlight.current = false
        callbacks.onSettled?.(...args)
      },
    })
    return true
  }
  const reset = () => {
    succeeded.current = false
    mutation.reset()
  }
  /** Whether the last call has succeeded (and the mutation was not reset since), even before the re-render that shows it. */
  const hasSucceeded = () => succeeded.current || mutation.isSuccess
  return { ...mutation, reset, mutateOnce, hasSucceeded }
}
