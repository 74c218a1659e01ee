// Plain links (components/ui/plain-link.tsx) are followed in the page on a plain click, and left to
// the browser otherwise: a modifier key, another button, a target, a download, a handler that took the
// click, another origin, or a link that is not marked.
import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { followPlainLinks } from '../../../src/app/follow-plain-links.ts'
import { PlainLink } from '../../../src/components/ui/plain-link.tsx'

let stop: (() => void) | undefined
afterEach(() => stop?.())

/** Clicks the link; false when something called preventDefault (the page followed it). */
const click = (name: string, init: MouseEventInit = {}) => fireEvent.click(screen.getByRole('link', { name }), { button: 0, ...init })

function setUp() {
  const followed: string[] = []
  stop = followPlainLinks((to) => followed.push(to))
  render(
    <>
      <PlainLink to="/jobs/abc?x=1#log">Job abc</PlainLink>
      <PlainLink to="/jobs/new-tab" target="_blank">
        In a new tab
      </PlainLink>
      <PlainLink to="/jobs/file" download>
        A download
      </PlainLink>
      <PlainLink to="https://elsewhere.example/jobs">Elsewhere</PlainLink>
      {/* oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <span onClick={(event) => event.preventDefault()}>
        <PlainLink to="/jobs/taken">Taken</PlainLink>
      </span>
      <a href="/es/_connector/_sync_job">Not marked</a>
    </>,
  )
  return followed
}

describe('followPlainLinks', () => {
  it('follows a plain click on a marked link in the page, with its query and fragment', () => {
    const followed = setUp()
    expect(click('Job abc')).toBe(false)
    expect(followed).toEqual(['/jobs/abc?x=1#log'])
  })

  it('leaves every other click to the browser', () => {
    const followed = setUp()
    for (const key of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey'] as const) expect(click('Job abc', { [key]: true })).toBe(true)
    expect(click('Job abc', { button: 1 })).toBe(true)
    expect(click('In a new tab')).toBe(true)
    expect(click('A download')).toBe(true)
    expect(click('Elsewhere')).toBe(true)
    expect(click('Not marked')).toBe(true)
    click('Taken')
    expect(followed).toEqual([])
  })

  it('stops following once stopped', () => {
    const followed = setUp()
    stop?.()
    stop = undefined
    expect(click('Job abc')).toBe(true)
    expect(followed).toEqual([])
  })
})
