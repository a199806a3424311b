// The "?" list is read from the key maps: every key the coding view and the frame act on is
// in it, remapped single keys show as remapped, and turned-off ones say so.
import { describe, expect, it } from 'vitest';
import { commandForKey } from '../coding/coding-keys.ts';
import { DEFAULT_SINGLE_KEYS } from '../coding/single-key-prefs.ts';
import { shortcutGroups } from './shortcut-registry.ts';

const rowFor = (groups: ReturnType<typeof shortcutGroups>, does: RegExp) => groups.flatMap((g) => g.rows).find((r) => does.test(r.does));

describe('the shortcut list', () => {
  it('lists the frame, coding, single and caret keys', () => {
    const groups = shortcutGroups(DEFAULT_SINGLE_KEYS);
    expect(rowFor(groups, /^Go to Sources$/)?.keys).toBe('Ctrl+1');
    expect(rowFor(groups, /^Go to Team$/)?.keys).toBe('Ctrl+8');
    expect(rowFor(groups, /^Undo$/)?.keys).toBe('Ctrl+Z');
    expect(rowFor(groups, /^Redo$/)?.keys).toBe('Ctrl+Y, Ctrl+Shift+Z');
    expect(rowFor(groups, /^Open the find bar$/)?.keys).toBe('Ctrl+F');
    expect(rowFor(groups, /^Code the selection \(or/)?.keys).toBe('C');
    expect(rowFor(groups, /in vivo/)?.keys).toBe('V');
    expect(rowFor(groups, /recently used/)?.keys).toBe('1–9');
    expect(rowFor(groups, /^Correct the focused turn$/)?.keys).toContain('F2');
    expect(rowFor(groups, /^Select to: Next word$/)?.keys).toBe('Ctrl+Shift+→');
    expect(rowFor(groups, /context menu/)?.keys).toBe('ContextMenu, Shift+F10');
    expect(rowFor(groups, /list of shortcuts/)?.keys).toBe('?');
  });

  it('shows remapped letters and says when single keys are off', () => {
    const remapped = shortcutGroups({ enabled: true, codeKey: 'k', inVivoKey: 'n' });
    expect(rowFor(remapped, /^Code the selection \(or/)?.keys).toBe('K');
    expect(rowFor(remapped, /in vivo/)?.keys).toBe('N');
    const off = shortcutGroups({ ...DEFAULT_SINGLE_KEYS, enabled: false });
    expect(rowFor(off, /^Code the selection \(or/)).toBeUndefined();
    expect(off.find((g) => g.note)?.note).toMatch(/turned off/);
  });

  it('has a row for every letter the coding view acts on in the transcript', () => {
    const listed = shortcutGroups(DEFAULT_SINGLE_KEYS).flatMap((g) => g.rows.flatMap((r) => r.keys.split(', ')));
    for (const key of 'abcdefghijklmnopqrstuvwxyz[]') {
      const press = { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
      if (commandForKey(press, 'transcript')) expect(listed).toContain(key.toUpperCase());
    }
  });
});
