// The filter bar's views (lib/job-views.ts): plain links, so a view can be opened in a new tab,
// bookmarked and shared; the one the filters are exactly is marked current.
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { JOB_VIEWS, currentView } from '../../lib/job-views.ts'
import type { ViewFilters } from '../../lib/job-filters.ts'

export function JobViewsNav({ filters }: { filters: ViewFilters }) {
  const current = currentView(filters)
  return (
    <nav className="job-views" aria-label="Views">
      <span className="job-views-label" aria-hidden="true">
        Views
      </span>
      <ul>
        {JOB_VIEWS.map((view) => (
          <li key={view.name}>
            <Link to={paths.jobsWith(view.filters)} title={view.description} aria-current={view === current ? 'page' : undefined}>
              {view.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
