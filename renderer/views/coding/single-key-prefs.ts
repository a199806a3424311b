// The user's choice about the coding view's keys of one character (WCAG 2.1.4): whether
// they work at all, and which letters code the selection and code it in vivo. Kept on this
// computer (localStorage), for every project; read at each key press, so a change in the
// Keyboard shortcuts dialog applies at once.
export interface SingleKeyPrefs {
  enabled: boolean;
  // the letter that opens the node picker (C unless remapped)
  codeKey: string;
  // the letter that codes the selection in vivo (V unless remapped)
  inVivoKey: string;
}

export const DEFAULT_SINGLE_KEYS: SingleKeyPrefs = { enabled: true, codeKey: 'c', inVivoKey: 'v' };

// Letters other commands of the coding view keep; the code and in-vivo keys cannot take them.
export const RESERVED_KEYS: readonly string[] = ['t', 'u', 'e', 'm', '[', ']'];

const STORAGE_KEY = 'activity-lens:single-key-shortcuts';

// Why a key cannot be used for the code or in-vivo command, or null when it can.
export function singleKeyProblem(prefs: SingleKeyPrefs): string | null {
  for (const [label, key] of [
    ['code', prefs.codeKey],
    ['in vivo', prefs.inVivoKey],
  ] as const) {
    if (!/^[a-z]$/.test(key)) return `The ${label} key must be one letter (a to z).`;
    if (RESERVED_KEYS.includes(key)) return `${key.toUpperCase()} already has another use in the coding view (T codes the turn, U uncodes, E corrects, M writes a memo on the passage); choose another letter for ${label}.`;
  }
  if (prefs.codeKey === prefs.inVivoKey) return 'The code key and the in-vivo key must be different letters.';
  return null;
}

// The choice as stored, or the defaults when nothing (or something unusable) is stored.
export function readSingleKeyPrefs(): SingleKeyPrefs {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return DEFAULT_SINGLE_KEYS;
    const stored: Partial<Record<keyof SingleKeyPrefs, unknown>> = parsed;
    const prefs: SingleKeyPrefs = {
      enabled: typeof stored.enabled === 'boolean' ? stored.enabled : true,
      codeKey: typeof stored.codeKey === 'string' ? stored.codeKey : 'c',
      inVivoKey: typeof stored.inVivoKey === 'string' ? stored.inVivoKey : 'v',
    };
    return singleKeyProblem(prefs) === null ? prefs : { ...DEFAULT_SINGLE_KEYS, enabled: prefs.enabled };
  } catch {
    return DEFAULT_SINGLE_KEYS;
  }
}

// Remembers the choice on this computer (a private window may refuse: it then lasts for this page only).
export function saveSingleKeyPrefs(prefs: SingleKeyPrefs): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
  } catch {
    memoryCopy = prefs;
  }
}

let memoryCopy: SingleKeyPrefs | null = null;

// The choice in force: the stored one, or the one kept for this page when storage refused.
export function currentSingleKeyPrefs(): SingleKeyPrefs {
  return memoryCopy ?? readSingleKeyPrefs();
}
