// The speaker index a batch import keeps per connection must match what a fresh read of
// every case would suggest: new cases are added, and edits, deletions, undo and redo are seen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { Store } from '../db/store.ts';
import { redo, undo } from '../db/undo-log.ts';
import { createCase, deleteCase, listCases, updateCase } from '../cases/cases.ts';
import { speakerIndexOf } from './speaker-cases.ts';
import { speakerSuggester } from './import-suggest.ts';

let store: Store & { close(): void };
beforeEach(() => (store = memoryStore()));
afterEach(() => store.close());

const LABELS = ['Amara', 'Amara Okoye', 'Broker, Project 2', 'Tom', 'Interviewer', 'Nobody'];

// What the kept index suggests, checked against an index made from every case now.
function suggestions(): unknown[] {
  const kept = speakerIndexOf(store);
  const fresh = speakerSuggester(listCases(store).sort((a, b) => a.id - b.id));
  const out = LABELS.map((label) => kept.suggest(label));
  expect(out).toEqual(LABELS.map((label) => fresh(label)));
  return out;
}

describe('the speaker index of a batch import', () => {
  it('adds new cases, and sees edits, deletions, undo and redo', () => {
    expect(suggestions()[0]).toEqual({ kind: 'new-case', name: 'Amara' });
    const amara = createCase(store, { realName: 'Amara Okoye', label: 'Broker, Project 2', role: 'broker' });
    expect(suggestions()[0]).toEqual({ kind: 'case', caseId: amara.id });
    const tom = createCase(store, { realName: 'Tom Hale', label: 'Mentor, Project 2', role: 'mentor' });
    expect(suggestions()[3]).toEqual({ kind: 'case', caseId: tom.id });

    updateCase(store, amara.id, { realName: 'Zainab Okoye' });
    expect(suggestions()[0]).toEqual({ kind: 'new-case', name: 'Amara' });
    undo(store);
    expect(suggestions()[0]).toEqual({ kind: 'case', caseId: amara.id });

    undo(store); // Tom's case goes
    expect(suggestions()[3]).toEqual({ kind: 'new-case', name: 'Tom' });
    redo(store); // and comes back with its old id
    expect(suggestions()[3]).toEqual({ kind: 'case', caseId: tom.id });

    deleteCase(store, amara.id);
    expect(suggestions()[2]).toEqual({ kind: 'new-case', name: 'Broker, Project 2' });
  });
});
