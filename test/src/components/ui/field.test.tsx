// The form field wires its parts by id: the label names the control, the hint and the error
// describe it, and it is invalid exactly while it has an error (or is marked so from outside).
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Field } from '../../../../src/components/ui/field.tsx'

describe('Field', () => {
  it('names the control by its label and describes it by its hint', () => {
    render(
      <Field label="Worker hostname" hint="The worker that takes the job.">
        {(control) => <input {...control} type="text" />}
      </Field>,
    )
    const input = screen.getByRole('textbox', { name: 'Worker hostname', description: 'The worker that takes the job.' })
    expect(input.getAttribute('aria-invalid')).toBeNull()
    expect(screen.getByText('The worker that takes the job.').id).toBe(`${input.id}-hint`)
  })

  it('leaves the control undescribed and valid with neither hint nor error', () => {
    render(<Field label="Job type">{(control) => <select {...control} />}</Field>)
    const select = screen.getByRole('combobox', { name: 'Job type' })
    expect(select.hasAttribute('aria-describedby')).toBe(false)
    expect(select.hasAttribute('aria-invalid')).toBe(false)
  })

  it('marks the control invalid and describes it by hint and error while there is an error', () => {
    const { rerender } = render(
      <Field label="Sync cursor" hint="Optional." error="Not a JSON object.">
        {(control) => <textarea {...control} />}
      </Field>,
    )
    const textarea = screen.getByRole('textbox', { name: 'Sync cursor', description: 'Optional. Not a JSON object.' })
    expect(textarea.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Not a JSON object.').id).toBe(`${textarea.id}-error`)
    // Fixed: the error and the invalid state go away, the hint stays.
    rerender(
      <Field label="Sync cursor" hint="Optional." error={undefined}>
        {(control) => <textarea {...control} />}
      </Field>,
    )
    expect(screen.queryByText('Not a JSON object.')).toBeNull()
    expect(textarea.getAttribute('aria-invalid')).toBeNull()
    expect(textarea.getAttribute('aria-describedby')).toBe(`${textarea.id}-hint`)
  })

  it('uses the id it is given, and adds descriptions from outside the field', () => {
    render(
      <>
        <Field label="Connector" id="connector" invalid describedBy="refusal">
          {(control) => <input {...control} type="text" />}
        </Field>
        <p id="refusal">Elasticsearch does not know this connector.</p>
      </>,
    )
    const input = screen.getByRole('textbox', { name: 'Connector', description: 'Elasticsearch does not know this connector.' })
    expect(input.id).toBe('connector')
    expect(input.getAttribute('aria-invalid')).toBe('true')
  })

  it('gives each field its own ids', () => {
    render(
      <>
        <Field label="First" error="Wrong.">
          {(control) => <input {...control} type="text" />}
        </Field>
        <Field label="Second" error="Also wrong.">
          {(control) => <input {...control} type="text" />}
        </Field>
      </>,
    )
    expect(screen.getByRole('textbox', { name: 'First', description: 'Wrong.' })).toBeTruthy()
    expect(screen.getByRole('textbox', { name: 'Second', description: 'Also wrong.' })).toBeTruthy()
  })

  it('lets a control that renders its own label use the id', () => {
    render(
      <Field error="Choose one.">
        {(control) => (
          <>
            <label htmlFor={control.id}>Own label</label>
            <input {...control} type="text" />
          </>
        )}
      </Field>,
    )
    expect(screen.getByRole('textbox', { name: 'Own label', description: 'Choose one.' }).getAttribute('aria-invalid')).toBe('true')
    expect(screen.getAllByText(/label/i)).toHaveLength(1)
  })
})
