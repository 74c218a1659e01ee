// Renders the job page and waits until its actions follow the state rules (the server config,
// which says whether Syncboard is read-only, arrives after the job).
import { screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'
import { renderRoute } from '../../support/render.tsx'

export async function renderJob(id: string) {
  const view = renderRoute(`/jobs/${encodeURIComponent(id)}`)
  await screen.findByRole('button', { name: 'Copy id' })
  await waitFor(() => expect(screen.queryByText(/Checking whether this Syncboard may change jobs/)).toBeNull())
  return view
}
