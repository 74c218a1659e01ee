// A short message handed from one page to the next through the router's location state, e.g.
// "Deleted sync job X." after a delete returns to the list.

export interface NoticeState {
  notice: string
}

export function noticeState(notice: string): NoticeState {
  return { notice }
}

export function noticeFrom(state: unknown): string | undefined {
  if (typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string') return state.notice
  return undefined
}
