// Helpers for the jobs-list tests: the table, its rows and columns as a person reads them, and what
// the emulator holds (the expected answer, read from its store rather than re-implemented).
import { screen, waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'
import type { Emulator } from '../../../../server/emulator/app.ts'
import type { ListSyncJobsQuery } from '../../../../server/emulator/store.ts'

export const jobsTable = () => screen.getByRole('table', { name: 'Sync jobs' })

/** Data rows (not the header, not hidden spacer or skeleton rows). */
export function bodyRows(): HTMLElement[] {
  return within(jobsTable())
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('cell').length > 0)
}

/** The job ids shown, top to bottom. */
export const shownIds = () => bodyRows().map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '')

/** The text of one column, top to bottom, by its header. */
export function columnTexts(header: string): string[] {
  const headers = within(jobsTable()).getAllByRole('columnheader').map((th) => th.textContent)
  const index = headers.indexOf(header)
  if (index < 0) throw new Error(`no column "${header}" among ${headers.join(', ')}`)
  return bodyRows().map((row) => within(row).getAllByRole('cell')[index]?.textContent ?? '')
}

/** Waits until the table shows exactly these job ids, in this order. */
export async function expectIds(ids: string[]): Promise<void> {
  await waitFor(() => expect(shownIds()).toEqual(ids))
}

/** The jobs the emulator holds for a filter, newest first (its default order is descending). */
export function newestIds(emulator: Emulator, query: Omit<ListSyncJobsQuery, 'from' | 'size'> & { from?: number; size?: number } = {}): string[] {
  return emulator.store.listSyncJobs({ from: 0, size: 100, ...query }).results.map((job) => job.id)
}

export function countOf(emulator: Emulator, query: Omit<ListSyncJobsQuery, 'from' | 'size'> = {}): number {
  return emulator.store.listSyncJobs({ from: 0, size: 0, ...query }).count
}

/** The URL's search params as the router holds them. */
export const searchOf = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search)
