// "?" on the jobs list: the keyboard shortcuts, in a modal that closes with Escape or its button.
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx'
import { SHORTCUTS } from './use-list-shortcuts.ts'

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <ConfirmDialog title="Keyboard shortcuts" confirmLabel="Close" dismissLabel="Go back" onConfirm={onClose} onDismiss={onClose}>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys}>
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.what}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">None of them works while you type in a field. The arrow keys move within and between rows too.</p>
    </ConfirmDialog>
  )
}
