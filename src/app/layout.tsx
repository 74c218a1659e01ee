// The frame of every page: header with navigation, the cluster it talks to, and the theme switch.
import { NavLink, Outlet } from 'react-router'
import { ClusterBadge } from './cluster-badge.tsx'
import { WatchShell } from './watch-shell.tsx'
import { paths } from '../config/paths.ts'
import { ThemeToggle } from './theme-toggle.tsx'
import { useFollowPlainLinks } from './follow-plain-links.ts'

export function Layout() {
  useFollowPlainLinks()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to={paths.connectors} className="brand" end>
          <img src="/favicon.svg" alt="" width="22" height="22" />
          Syncboard
        </NavLink>
        <nav aria-label="Main">
          <NavLink to={paths.connectors} end>
            Connectors
          </NavLink>
          <NavLink to={paths.jobs} end>
            Sync jobs
          </NavLink>
          <NavLink to={paths.workers} end>
            Workers
          </NavLink>
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
