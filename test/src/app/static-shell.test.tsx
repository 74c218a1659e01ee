// index.html draws the frame of every page before any script runs, so that the first paint does not
// wait for the app's code: it must be the frame Layout draws, and the app must take it over when it
// renders into #root, not draw a second one.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../support/emulator.ts'
import { renderRoute } from '../support/render.tsx'

function staticFrame(): HTMLElement {
  const html = readFileSync(path.resolve(import.meta.dirname, '../../../index.html'), 'utf8')
  const root = new DOMParser().parseFromString(html, 'text/html').getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  return root
}

const link = (element: Element | null) => (element ? `${element.getAttribute('href')} | ${element.textContent}` : 'missing')
const mainAttributes = (root: Element) => ['id', 'class', 'tabindex'].map((name) => root.querySelector('main')?.getAttribute(name))
const childKinds = (element: Element | null) => [...(element?.children ?? [])].map((child) => `${child.tagName.toLowerCase()}.${child.className}`)

describe("index.html's frame", () => {
  it('is the frame Layout draws: the skip link, the brand, the navigation and the main landmark', async () => {
    useEmulator()
    const { container } = renderRoute('/workers')
    await screen.findByText('Embedded demo cluster')
    const frame = staticFrame()

    expect(childKinds(frame)).toEqual(childKinds(container))
    expect(link(frame.querySelector('a.skip-link'))).toBe(link(container.querySelector('a.skip-link')))
    expect(link(frame.querySelector('a.brand'))).toBe(link(container.querySelector('a.brand')))
    expect(frame.querySelector('a.brand img')?.outerHTML).toBe(container.querySelector('a.brand img')?.outerHTML)
    expect([...frame.querySelectorAll('header nav a')].map(link)).toEqual([...container.querySelectorAll('header nav a')].map(link))
    expect(frame.querySelector('nav')?.getAttribute('aria-label')).toBe(container.querySelector('nav')?.getAttribute('aria-label'))
    // The frame's header is the start of the drawn one (the cluster and the theme switch follow).
    const drawnHeader = childKinds(container.querySelector('header'))
    const frameHeader = childKinds(frame.querySelector('header'))
    expect(drawnHeader.slice(0, frameHeader.length)).toEqual(frameHeader)
    expect(mainAttributes(frame)).toEqual(mainAttributes(container))
  })

  it('is taken over by the app rendering into it: one header, one main, the page inside', async () => {
    useEmulator()
    const root = document.body.appendChild(document.createElement('div'))
    root.innerHTML = staticFrame().innerHTML
    renderRoute('/workers', { container: root })
    await within(root).findByText('Embedded demo cluster')
    expect(await within(root).findByRole('heading', { level: 1, name: 'Workers' })).toBeTruthy()
    expect(root.querySelectorAll('header')).toHaveLength(1)
    expect(root.querySelectorAll('a.skip-link')).toHaveLength(1)
    expect(root.querySelectorAll('main')).toHaveLength(1)
    expect(within(root).getAllByRole('link', { name: 'Workers' })).toHaveLength(1)
    expect(within(root).getByRole('link', { name: 'Workers' }).getAttribute('aria-current')).toBe('page')
  })
})
