// A row's watch switch in the jobs list: the shared WatchToggle as a star named "Watch job <id>"
// (components/watch-toggle.tsx); the row keeps one tab stop (row-keys.ts), the arrows reach it.
import { memo } from 'react'
import { WatchToggle } from '../../components/watch-toggle.tsx'

export const WatchButton = memo(function WatchButton({ id }: { id: string }) {
  return <WatchToggle id={id} compact className="row-watch" />
})
