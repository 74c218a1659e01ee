// Health is measured a slice of connectors per task when the fleet's data arrives (fleet-rows.ts
// fillRowCache); data already at hand when the overview mounts — back from another page — is measured
// at once, so the rows show in the page's first render, not after a loading state.
import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EVERY_STATE_WORST_FIRST, useEveryStateFleet, shownNames } from './support.ts'

describe('back to the overview', () => {
  it('shows the rows it already read in its first render, with no loading state', async () => {
    const { router } = useEveryStateFleet()
    await waitFor(() => expect(shownNames()).toEqual(EVERY_STATE_WORST_FIRST))

    await act(() => router.navigate('/workers'))
    await screen.findByRole('heading', { level: 1, name: 'Workers' })
    await act(() => router.navigate('/connectors'))
    // The same render that drew the page: no task in between.
    expect(screen.queryByText(/Reading the connectors and their newest sync jobs/)).toBeNull()
    expect(shownNames()).toEqual(EVERY_STATE_WORST_FIRST)
  })
})
