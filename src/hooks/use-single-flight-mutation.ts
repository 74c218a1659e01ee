// A mutation that ignores further calls while one is in flight — even a double click that lands
// before React has re-rendered the disabled button — so an operator's action is sent once.
import { useMutation, type MutateOptions, type UseMutationOptions } from '@tanstack/react-query'
import { useRef } from 'react'
import type { EsError } from '../api/es-error.ts'

export function useSingleFlightMutation<TData, TVariables>(options: UseMutationOptions<TData, EsError, TVariables>) {
  const mutation = useMutation(options)
  const inFlight = useRef(false)
  /** Sends the mutation unless one is already on its way; returns whether it was sent. */
  const mutateOnce = (variables: TVariables, callbacks: MutateOptions<TData, EsError, TVariables> = {}): boolean => {
    if (inFlight.current) return false
    inFlight.current = true
    mutation.mutate(variables, {
      ...callbacks,
      onSettled: (...args) => {
        inFlight.current = false
        callbacks.onSettled?.(...args)
      },
    })
    return true
  }
  return { ...mutation, mutateOnce }
}
