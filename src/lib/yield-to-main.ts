// Ends the current task, so that the browser can paint and handle input before what follows runs.
// Chromium's scheduler.yield() resumes ahead of the tasks queued meanwhile; elsewhere (jsdom, Safari,
// Firefox before 142), a timer.
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
