// The frame of every page: header with navigation, the cluster it talks to, and the theme switch.
import type { ReactNode } from 'react'
import { Outlet, useLocation } from 'react-router'
import { PlainLink } from '../components/ui/plain-link.tsx'
import { ClusterBadge } from './cluster-badge.tsx'
import { WatchShell } from './watch-shell.tsx'
import { paths } from '../config/paths.ts'
import { ThemeToggle } from './theme-toggle.tsx'
import { useFollowPlainLinks } from './follow-plain-links.ts'

/**
 * A header link, marked as the current page on its own path alone (as NavLink's `end` marks it, and
 * with the same `active` class). A plain link: react-router's NavLink ran its hooks four times in every
 * page's first render (about 4 ms of it here, measured with Preact's render hooks).
 */
function HeaderLink({ to, pathname, className, children }: { to: string; pathname: string; className?: string; children: ReactNode }) {
  const current = pathname.replace(/\/+$/, '').toLowerCase() === to.toLowerCase()
  const classes = [className, current ? 'active' : undefined].filter(Boolean).join(' ')
  return (
    <PlainLink to={to} className={classes || undefined} aria-current={current ? 'page' : undefined}>
      {children}
    </PlainLink>
  )
}

export function Layout() {
  useFollowPlainLinks()
  const { pathname } = useLocation()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <HeaderLink to={paths.connectors} pathname={pathname} className="brand">
          <img src="/favicon.svg" alt="" width="22" height="22" />
          Syncboard
        </HeaderLink>
        <nav aria-label="Main">
          <HeaderLink to={paths.connectors} pathname={pathname}>
            Connectors
          </HeaderLink>
          <HeaderLink to={paths.jobs} pathname={pathname}>
            Sync jobs
          </HeaderLink>
          <HeaderLink to={paths.workers} pathname={pathname}>
            Workers
          </HeaderLink>
        </nav>
        <span className="header-spacer" />
        <WatchShell />
        <ClusterBadge />
        <ThemeToggle />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}
