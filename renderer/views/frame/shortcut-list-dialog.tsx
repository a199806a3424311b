// The list of every keyboard shortcut ("?" when not typing, or Help > Keyboard shortcut list),
// read from the key maps (shortcut-registry.ts) with the user's single keys.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Modal } from '../../components/modal.tsx';
import { currentSingleKeyPrefs } from '../coding/single-key-prefs.ts';
import { shortcutGroups } from './shortcut-registry.ts';
import { useShortcutListKey } from './use-shortcut-list-key.ts';

// The groups of shortcuts as tables, and the way to change the single keys.
export function ShortcutListDialog({ onSettings, onClose }: { onSettings(): void; onClose(): void }) {
  const groups = shortcutGroups(currentSingleKeyPrefs());
  return (
    <Modal title="Keyboard shortcut list" onClose={onClose} wide>
      <div className="shortcut-list" role="region" aria-label="Shortcuts" tabIndex={0}>
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

// The list's open state for the frame: "?" opens it, `show` too (the Help menu); its button opens the single-key settings.
export function useShortcutList(openSettings: () => void): { show(): void; dialog: ReactNode } {
  const [open, setOpen] = useState(false);
  useShortcutListKey(() => setOpen(true));
  const settings = () => {
    setOpen(false);
    openSettings();
  };
  return { show: () => setOpen(true), dialog: open ? <ShortcutListDialog onSettings={settings} onClose={() => setOpen(false)} /> : null };
}
