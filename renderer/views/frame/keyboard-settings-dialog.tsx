// File > Keyboard shortcuts…: turns the coding view's keys of one character on or off and
// remaps the code and in-vivo letters (WCAG 2.1.4). Kept on this computer for every project.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Modal } from '../../components/modal.tsx';
import { currentSingleKeyPrefs, saveSingleKeyPrefs, singleKeyProblem } from '../coding/single-key-prefs.ts';
import type { SingleKeyPrefs } from '../coding/single-key-prefs.ts';

export interface KeyboardSettingsDialogProps {
  onSaved(): void;
  onClose(): void;
}

// The on/off switch and the two letters, saved with Save.
export function KeyboardSettingsDialog({ onSaved, onClose }: KeyboardSettingsDialogProps) {
  const [prefs, setPrefs] = useState<SingleKeyPrefs>(currentSingleKeyPrefs);
  const [problem, setProblem] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = singleKeyProblem(prefs);
    setProblem(found);
    if (found) return;
    saveSingleKeyPrefs(prefs);
    onSaved();
    onClose();
  }

  const letter = (value: string) => value.trim().toLowerCase().slice(0, 1);
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <form onSubmit={submit}>
        <p>Keys of one character (C, V, T, U, E, 1-9, [ and ]) act only while the transcript has the focus. You can turn them off, or give the code and in-vivo commands other letters.</p>
        <label className="checkbox-row">
          <input type="checkbox" checked={prefs.enabled} onChange={(e) => setPrefs({ ...prefs, enabled: e.target.checked })} /> Single-key shortcuts in the transcript
        </label>
        <label>
          Code at a node (picker)
          <input type="text" maxLength={1} size={2} value={prefs.codeKey} disabled={!prefs.enabled} onChange={(e) => setPrefs({ ...prefs, codeKey: letter(e.target.value) })} />
        </label>
        <label>
          Code in vivo
          <input type="text" maxLength={1} size={2} value={prefs.inVivoKey} disabled={!prefs.enabled} onChange={(e) => setPrefs({ ...prefs, inVivoKey: letter(e.target.value) })} />
        </label>
        {problem ? <p role="alert">{problem}</p> : null}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
