// The list of every keyboard shortcut ("?" when not typing, or Help > Keyboard shortcut list),
// read from the key maps (shortcut-registry.ts) with the user's single keys.
import { Modal } from '../../components/modal.tsx';
import { currentSingleKeyPrefs } from '../coding/single-key-prefs.ts';
import { shortcutGroups } from './shortcut-registry.ts';

// The groups of shortcuts as tables, and the way to change the single keys.
export function ShortcutListDialog({ onSettings, onClose }: { onSettings(): void; onClose(): void }) {
  const groups = shortcutGroups(currentSingleKeyPrefs());
  return (
    <Modal title="Keyboard shortcut list" onClose={onClose} wide>
      <div className="shortcut-list">
        {groups.map((g) => (
          <section key={g.title} className="shortcut-group" aria-label={g.title}>
            <h3>{g.title}</h3>
            {g.note ? <p className="muted">{g.note}</p> : null}
            <table className="data-table shortcut-table">
              <thead>
                <tr>
                  <th scope="col">Keys</th>
                  <th scope="col">What they do</th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.does}>
                    <td>
                      <kbd>{r.keys}</kbd>
                    </td>
                    <td>{r.does}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={onSettings}>
          Change the single keys…
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
