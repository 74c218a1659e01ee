// "Job type": several may be chosen (the API takes a comma list); none chosen means every type.
import { JOB_TYPES, type JobType } from '../../../contract/es-connector-types.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'

export function JobTypeFilter({ value, onChange }: { value: readonly JobType[]; onChange: (types: JobType[]) => void }) {
  return (
    <fieldset className="job-type-filter">
      <legend>Job type</legend>
      <div className="checks">
        {JOB_TYPES.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              name="job_type"
              value={type}
              checked={value.includes(type)}
              onChange={(event) => onChange(JOB_TYPES.filter((t) => (t === type ? event.target.checked : value.includes(t))))}
            />
            {JOB_TYPE_LABELS[type]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
