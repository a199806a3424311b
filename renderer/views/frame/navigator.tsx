// The left navigator: one button per screen, the active one marked aria-current.
import { SCREENS } from './screens.ts';
import type { ScreenId } from './screens.ts';

export interface NavigatorProps {
  active: ScreenId;
  onNavigate(id: ScreenId): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

// Lists the screens with their keyboard shortcuts (Ctrl+1..8, Cmd on macOS).
export function Navigator({ active, onNavigate }: NavigatorProps) {
  return (
    <nav className="navigator" aria-label="Screens">
      <ul>
        {SCREENS.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={s.id === active ? 'page' : undefined}
              aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+${i + 1}`}
              onClick={() => onNavigate(s.id)}
            >
              <span className="nav-label">{s.label}</span>
              <kbd className="nav-shortcut" aria-hidden="true">
                {isMac ? '⌘' : 'Ctrl+'}
                {i + 1}
              </kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
