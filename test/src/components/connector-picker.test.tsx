// The connector combobox: searching, keyboard and mouse choice, exact ids, the one match on Enter or
// Tab, unknown ids only when nothing matches, and "all".
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { ConnectorPicker, type ConnectorPickerProps } from '../../../src/components/connector-picker.tsx'
import { connector } from '../../support/factories.ts'

const CONNECTORS: ConnectorSummary[] = [
  connector({ id: 'abc-1', name: 'Sales wiki', index_name: 'search-sales', service_type: 'confluence' }),
  connector({ id: 'def-2', name: 'Support tickets', index_name: 'search-support', service_type: 'jira' }),
  connector({ id: 'ghi-3', name: 'Engineering drive', index_name: 'search-eng', service_type: 'google_drive' }),
]

function Harness(props: Partial<ConnectorPickerProps> & { initial?: string; onPick?: (id: string) => void }) {
  const { initial = '', onPick, ...rest } = props
  const [value, setValue] = useState(initial)
  return (
    <>
      <ConnectorPicker
        label="Connector"
        connectors={CONNECTORS}
        {...rest}
        value={value}
        onChange={(id) => {
          onPick?.(id)
          setValue(id)
        }}
      />
      <span data-testid="value">{value}</span>
      <button type="button">elsewhere</button>
    </>
  )
}

const valueOf = () => screen.getByTestId('value').textContent
/** The text of the elements an element's aria-describedby points at. */
const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim()

const setup = (props: Parameters<typeof Harness>[0] = {}) => {
  const user = userEvent.setup()
  const onPick = vi.fn<(id: string) => void>()
  render(<Harness onPick={onPick} {...props} />)
  return { user, onPick, input: screen.getByRole<HTMLInputElement>('combobox', { name: 'Connector' }) }
}

describe('ConnectorPicker', () => {
  it('lists connectors with name, id, index and service type, filtered as the operator types', async () => {
    const { user, input } = setup()
    await user.click(input)
    expect(screen.getAllByRole('option')).toHaveLength(3)
    expect(screen.getByRole('option', { name: /Sales wiki.*abc-1.*search-sales.*confluence/ })).toBeTruthy()

    await user.type(input, 'jira')
    expect(screen.getAllByRole('option')).toHaveLength(1)
    expect(screen.getByRole('option', { name: /Support tickets/ })).toBeTruthy()

    await user.clear(input)
    await user.type(input, 'search-eng')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([expect.stringContaining('Engineering drive')])
  })

  it('chooses with the arrow keys and Enter, and shows the chosen name', async () => {
    const { user, input, onPick } = setup()
    await user.click(input)
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: /Support tickets/ }).id)
    await user.keyboard('{Enter}')
    expect(onPick).toHaveBeenLastCalledWith('def-2')
    expect(input.value).toBe('Support tickets')
    expect(input.getAttribute('aria-expanded')).toBe('false')
  })

  it('chooses with a mouse click', async () => {
    const { user, input } = setup()
    await user.click(input)
    await user.click(screen.getByRole('option', { name: /Engineering drive/ }))
    expect(valueOf()).toBe('ghi-3')
    expect(input.value).toBe('Engineering drive')
  })

  it('applies an exact connector id at once, before Enter', async () => {
    const { user, input, onPick } = setup()
    await user.type(input, 'abc-1')
    expect(onPick).toHaveBeenCalledWith('abc-1')
    await user.keyboard('{Enter}')
    expect(valueOf()).toBe('abc-1')
    expect(onPick).toHaveBeenCalledTimes(1)
  })

  it('Escape closes the list, then restores the chosen connector', async () => {
    const { user, input, onPick } = setup({ initial: 'abc-1' })
    expect(input.value).toBe('Sales wiki')
    await user.clear(input)
    await user.type(input, 'zzz')
    await user.keyboard('{Escape}')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    await user.keyboard('{Escape}')
    expect(input.value).toBe('Sales wiki')
    expect(onPick).not.toHaveBeenCalled()
  })

  it('with allowUnknown, Enter and blur apply an id that is not listed', async () => {
    const { user, input } = setup({ allowUnknown: true })
    await user.type(input, 'gone-connector{Enter}')
    expect(valueOf()).toBe('gone-connector')
    expect(input.value).toBe('gone-connector')
    expect(describedText(input)).toMatch(/not in the connector list: filtering by this id/i)

    await user.clear(input)
    await user.type(input, 'another-id')
    await user.click(screen.getByRole('button', { name: 'elsewhere' }))
    expect(valueOf()).toBe('another-id')
  })

  it('with allowUnknown, Tab chooses the one connector the text matches instead of taking the text as an id', async () => {
    const { user, input } = setup({ allowUnknown: true, allowEmpty: true })
    await user.type(input, 'Support')
    expect(screen.getByRole('status').textContent).toMatch(/One connector matches/)
    await user.tab()
    expect(valueOf()).toBe('def-2')
    expect(input.value).toBe('Support tickets')
    expect(describedText(input)).toBe('')
  })

  it('with allowUnknown, Enter chooses the one match too', async () => {
    const { user, input } = setup({ allowUnknown: true })
    await user.type(input, 'engineering{Enter}')
    expect(valueOf()).toBe('ghi-3')
    expect(input.value).toBe('Engineering drive')
  })

  it('with allowUnknown, text matching several connectors is not taken as an id: Enter keeps the list open, leaving restores the choice', async () => {
    const { user, input, onPick } = setup({ allowUnknown: true, initial: 'abc-1' })
    await user.clear(input)
    await user.type(input, 'search{Enter}')
    expect(onPick).not.toHaveBeenCalled()
    expect(input.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getAllByRole('option')).toHaveLength(3)
    expect(screen.getByRole('status').textContent).toMatch(/3 connectors match/)
    await user.click(screen.getByRole('button', { name: 'elsewhere' }))
    expect(onPick).not.toHaveBeenCalled()
    expect(input.value).toBe('Sales wiki')
  })

  it('without allowUnknown, Tab chooses the one match as Enter does', async () => {
    const { user, input } = setup()
    await user.type(input, 'jira')
    await user.tab()
    expect(valueOf()).toBe('def-2')
    expect(input.value).toBe('Support tickets')
  })

  it('without allowUnknown, an unmatched text falls back to the current choice', async () => {
    const { user, input, onPick } = setup({ initial: 'def-2' })
    await user.clear(input)
    await user.type(input, 'nothing like it')
    await user.click(screen.getByRole('button', { name: 'elsewhere' }))
    expect(onPick).not.toHaveBeenCalled()
    expect(input.value).toBe('Support tickets')
  })

  it('without allowUnknown, an unlisted preselected id says Elasticsearch will decide', () => {
    const { input } = setup({ initial: 'preselected-elsewhere' })
    expect(describedText(input)).toMatch(/not in the connector list: Elasticsearch will say/i)
    expect(describedText(input)).not.toMatch(/filtering/)
  })

  it('with allowEmpty, offers "All connectors" and clearing the text applies ""', async () => {
    const { user, input } = setup({ allowEmpty: true, initial: 'abc-1' })
    await user.clear(input)
    expect(valueOf()).toBe('')
    expect(screen.getByRole('option', { name: 'All connectors' })).toBeTruthy()

    await user.click(screen.getByRole('option', { name: /Sales wiki/ }))
    expect(valueOf()).toBe('abc-1')
    await user.click(input)
    await user.click(screen.getByRole('option', { name: 'All connectors' }))
    expect(valueOf()).toBe('')
  })

  it('carries the chosen id in a hidden form field and reports invalid and required', () => {
    const { container } = render(
      <form>
        <ConnectorPicker label="Connector" connectors={CONNECTORS} value="ghi-3" onChange={() => {}} name="connector_id" required invalid describedBy="err" />
        <p id="err">Choose a connector.</p>
      </form>,
    )
    const form = container.querySelector('form')
    expect(form && new FormData(form).get('connector_id')).toBe('ghi-3')
    const input = screen.getByRole('combobox', { name: 'Connector' })
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.getAttribute('aria-required')).toBe('true')
    expect(describedText(input)).toBe('Choose a connector.')
  })
})
