// Why some actions are unavailable, visible next to the action bar; each disabled button points at
// its reason with aria-describedby. Actions sharing a reason share a line (read-only mode: one line).
import { JOB_ACTIONS, type ActionRules, type JobAction } from '../../../lib/job-actions.ts'
import { ACTION_LABELS } from './action-labels.ts'

export interface ReasonLine {
  id: string
  actions: JobAction[]
  text: string
}

export function reasonLines(rules: ActionRules, idPrefix: string): ReasonLine[] {
  const lines: ReasonLine[] = []
  for (const action of JOB_ACTIONS) {
    const reason = rules[action].reason
    if (rules[action].enabled || !reason) continue
    const line = lines.find((entry) => entry.text === reason)
    if (line) line.actions.push(action)
    else lines.push({ id: `${idPrefix}-${lines.length}`, actions: [action], text: reason })
  }
  return lines
}

export function DisabledReasons({ lines }: { lines: ReasonLine[] }) {
  if (lines.length === 0) return null
  return (
    <ul className="disabled-reasons">
      {lines.map((line) => (
        <li key={line.id} id={line.id}>
          <span className="reason-actions">{line.actions.map((action) => ACTION_LABELS[action]).join(', ')}:</span> {line.text}
        </li>
      ))}
    </ul>
  )
}
