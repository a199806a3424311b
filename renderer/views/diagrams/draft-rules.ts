// Rules of the Diagrams screen's forms: a tension draft's level follows its components
// (a tertiary contradiction may lie inside one component or between two), and a
// suggestion adds a line to a component's text once.
import type { TensionLevel } from '../../../shared/model/diagrams.ts';

export interface TensionDraft {
  fromId: number;
  toId: number | null;
  level: TensionLevel;
  label: string;
  memo: string;
  // tertiary: the culturally more advanced form of the object
  advancedForm: string;
}

// Keeps level and components consistent: no second component means primary, and back.
export function adjustDraft(draft: TensionDraft, change: Partial<TensionDraft>): TensionDraft {
  const next = { ...draft, ...change };
  const inside = (level: TensionLevel) => (level === 'tertiary' ? 'tertiary' : 'primary');
  if (change.toId !== undefined) {
    if (next.toId === null || next.toId === next.fromId) next.level = inside(next.level);
    else if (next.level === 'primary') next.level = 'secondary';
    if (next.toId === next.fromId) next.toId = null;
  }
  if (change.fromId !== undefined && next.toId === next.fromId) {
    next.toId = null;
    next.level = inside(next.level);
  }
  if (change.level !== undefined) {
    if (next.level === 'primary') next.toId = null;
  }
  return next;
}

// Adds a line to a text unless it is there already.
export function withLine(text: string, line: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  if (lines.includes(line.trim())) return text;
  return text.trim() ? `${text.replace(/\s+$/, '')}\n${line}` : line;
}
