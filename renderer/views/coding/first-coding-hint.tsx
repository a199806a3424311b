// The hint the coding view shows until it is dismissed (remembered on this computer): how to
// code, with the user's own code key, and where the other commands are.
import { useRememberedFlag } from '../../hooks/use-remembered-flag.ts';
import { currentSingleKeyPrefs } from './single-key-prefs.ts';

// A one-line hint with a Dismiss button; nothing once dismissed or on a read-only project.
export function FirstCodingHint({ readOnly }: { readOnly: boolean }) {
  const [shown, setShown] = useRememberedFlag('hint-first-coding', true);
  if (!shown || readOnly) return null;
  const prefs = currentSingleKeyPrefs();
  const key = prefs.enabled ? ` press ${prefs.codeKey.toUpperCase()},` : '';
  return (
    <div className="first-run-hint" role="note" aria-label="How to code">
      <span>
        To code: select text, then{key} drag it onto a node, or right-click it (Shift+F10) for more. Right-click a coding stripe to uncode or move it. Press ? for every shortcut.
      </span>
      <button type="button" className="small" onClick={() => setShown(false)}>
        Dismiss
      </button>
    </div>
  );
}
