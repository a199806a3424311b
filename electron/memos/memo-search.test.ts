import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codePhrase, workspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import type { WorkspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import { saveMemo } from './memos.ts';
import { memoSnippet, searchMemos } from './memo-search.ts';

let f: WorkspaceFixture;
beforeEach(() => (f = workspaceFixture()));
afterEach(() => f.store.close());

function memo(targetKind: 'project' | 'source' | 'node' | 'coding', targetId: number | null, plainText: string, title = '') {
  return saveMemo(f.store, { targetKind, targetId, title, contentJson: '{"type":"doc"}', plainText });
}

describe('memo search', () => {
  it('finds memos holding every word, says what each is about and where to open it', () => {
    const coding = codePhrase(f, f.tools, 'log every visit');
    memo('project', null, 'Journal: the broker role keeps coming up.', 'Day 3');
    memo('source', f.sourceId, 'Ruth describes the log as paperwork for the broker.');
    memo('node', f.rules, 'Rules include inspection.');
    memo('coding', coding, 'The log is a tension between broker and mentee.');
    const hits = searchMemos(f.store, 'BROKER log');
    expect(hits.map((h) => h.targetLabel).sort()).toEqual(['Coding at Tools in Ruth', 'Source: Ruth']);
    const onCoding = hits.find((h) => h.targetKind === 'coding');
    expect(onCoding).toMatchObject({ sourceId: f.sourceId, ...f.at('log every visit') });
    expect(searchMemos(f.store, 'day 3').map((h) => h.targetLabel)).toEqual(['Project journal']);
    expect(searchMemos(f.store, 'absent')).toEqual([]);
  });

  it('cuts a snippet around the first hit', () => {
    const text = `${'a '.repeat(100)}needle ${'b '.repeat(100)}`;
    const snippet = memoSnippet(text, ['needle']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('needle');
  });
});
