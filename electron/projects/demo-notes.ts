// Writes the demo study's alignment table (one row per research objective, as a thesis's
// alignment table has it) and its memos: journal entries, a memo on a diagram and one on a node.
import { ACTIVITY_COMPONENTS } from '../../shared/model/activity-components.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import type { DemoAnalysis } from './demo-analysis.ts';
import type { DemoContext } from './demo-context.ts';

function memoTarget(target: string, context: DemoContext, diagramIds: ReadonlyMap<string, number>): { kind: 'project' | 'diagram' | 'node'; id: number | null } {
  if (target === 'project') return { kind: 'project', id: null };
  const [kind, key] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
  const id = kind === 'diagram' ? diagramIds.get(key) : kind === 'node' ? context.nodeIds.get(key) : undefined;
  if (id === undefined || (kind !== 'diagram' && kind !== 'node')) throw new Error(`A demo memo names an unknown target: ${target}`);
  return { kind, id };
}

// The content of a memo of plain paragraphs, as the memo editor stores it.
function memoContent(text: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p.trim() }] }));
  return JSON.stringify({ type: 'doc', content: paragraphs });
}

// Writes the alignment table and the memos of the demo's analysis.
export function writeDemoNotes(rec: ActionRecorder, context: DemoContext, analysis: DemoAnalysis, diagramIds: ReadonlyMap<string, number>): void {
  const store = rec.store;
  analysis.alignment.forEach((row, i) => {
    const components = row.components === null ? null : JSON.stringify(ACTIVITY_COMPONENTS.filter((c) => row.components?.includes(c)));
    const id = rec.insert('alignment_objectives', {
      guid: store.newGuid(),
      title: row.title,
      sort_order: i + 1,
      created_at: store.now().toISOString(),
      research_questions: row.researchQuestions,
      components,
      presented_in: row.presentedIn,
    });
    for (const question of row.questions) rec.insert('alignment_cells', { guid: store.newGuid(), objective_id: id, question, text: row.cells[String(question)] ?? '' });
  });
  for (const memo of analysis.memos) {
    const target = memoTarget(memo.target, context, diagramIds);
    const now = store.now().toISOString();
    rec.insert('memos', { guid: store.newGuid(), target_kind: target.kind, target_id: target.id, title: memo.title, content_json: memoContent(memo.text), plain_text: memo.text, created_at: now, updated_at: now });
  }
}
