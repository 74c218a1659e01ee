// Health is measured a slice of connectors per task when the fleet's data arrives (fleet-rows.ts
// fillRowCache); data already at hand when the overview mounts — back from another page — is measured
// at once, so the rows show in the page's first render, not after a loading state.
import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { everyState, loadFleet, shownNames } from './support.ts'

const WORST_FIRST = ['Down', 'Failer', 'Tardy', 'Fresh', 'Good']

describe('back to the overview', () => {
  it('shows the rows it already read in its first render, with no loading state', async () => {
    const emulator = useEmulator({ connectors: 0 })
    const fleet = everyState()
    loadFleet(emulator, fleet.connectors, fleet.jobs)
    const { router } = renderRoute('/connectors')
    await waitFor(() => expect(shownNames()).toEqual(WORST_FIRST))

    await act(() => router.navigate('/workers'))
    await screen.findByRole('heading', { level: 1, name: 'Workers' })
    await act(() => router.navigate('/connectors'))
    // The same render that drew the page: no task in between.
    expect(screen.queryByText(/Reading the connectors and their newest sync jobs/)).toBeNull()
    expect(shownNames()).toEqual(WORST_FIRST)
  })
})
