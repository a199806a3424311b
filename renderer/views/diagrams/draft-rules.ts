// Rules of the Diagrams screen's forms: a tension draft's level follows its components,
// and a suggestion adds a line to a component's text once.
import type { TensionLevel } from '../../../shared/model/diagrams.ts';

export interface TensionDraft {
  fromId: number;
  toId: number | null;
  level: TensionLevel;
  label: string;
  memo: string;
}

// Keeps level and components consistent: no second component means primary, and back.
export function adjustDraft(draft: TensionDraft, change: Partial<TensionDraft>): TensionDraft {
  const next = { ...draft, ...change };
  if (change.toId !== undefined) {
    if (next.toId === null || next.toId === next.fromId) next.level = 'primary';
    else if (next.level === 'primary') next.level = 'secondary';
    if (next.toId === next.fromId) next.toId = null;
  }
  if (change.fromId !== undefined && next.toId === next.fromId) {
    next.toId = null;
    next.level = 'primary';
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
