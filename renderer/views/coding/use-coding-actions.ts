// The coding view's writes: code a passage (at a node, at a new node, in vivo), uncode
// a selection or chosen references, and save a turn's correction. Each is one undoable
// action on the host; the view refreshes from project-changed (a coding action's call
// announces it with what changed, api.ts).
import { useMemo } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import type { CodingBrief, PlainEdit } from '../../../shared/model/workspace.ts';
import { diffEdits } from '../../../shared/text/diff-edits.ts';
import { normaliseText } from '../../../shared/text/normalise.ts';
import { announceChange, call } from '../../api.ts';
import type { Notice } from '../frame/notice-bar.tsx';

export interface Passage {
  start: number;
  end: number;
}

export interface CodingActionsDeps {
  sourceId: number;
  coderId: number | null;
  nodes: ReadonlyMap<number, NodeRecord>;
  notify(notice: Notice): void;
  // called after a node was used to code (the recently-used list)
  used(nodeId: number): void;
}

export interface CorrectionPlan {
  edits: PlainEdit[];
  emptied: CodingBrief[];
  baseRevision: number;
}

export interface CodingActions {
  code(nodeId: number, passage: Passage): Promise<void>;
  codeAtNewNode(name: string, passage: Passage): Promise<void>;
  // a new node named by the passage's words, under parentId (null: the top level)
  codeInVivo(passage: Passage, parentId: number | null): Promise<void>;
  uncode(passage: Passage, nodeId?: number): Promise<void>;
  uncodeReferences(ids: readonly number[]): Promise<void>;
  // moves references to another node (the node view's re-code with "move")
  moveReferences(ids: readonly number[], nodeId: number): Promise<void>;
  // works out the edits of a corrected turn and what they would do (null when nothing changed)
  planCorrection(oldText: string, newText: string, turnStart: number, revision: number): Promise<CorrectionPlan | null>;
  saveCorrection(plan: CorrectionPlan, removeEmptied: readonly number[]): Promise<void>;
}

// The edits (in code points of the source) that turn a turn's old text into its corrected text.
export function correctionEdits(oldText: string, newText: string, turnStart: number): PlainEdit[] {
  return diffEdits(oldText, normaliseText(newText)).map((e) => ({ start: e.start + turnStart, end: e.end + turnStart, insert: e.insert }));
}

// Binds the actions to a source, the current coder and the notice bar.
export function useCodingActions(deps: CodingActionsDeps): CodingActions {
  const { sourceId, coderId, nodes, notify, used } = deps;
  return useMemo((): CodingActions => {
    const name = (id: number) => nodes.get(id)?.path ?? 'the node';
    return {
      async code(nodeId, passage) {
        await call('codings.create', { sourceId, nodeId, start: passage.start, end: passage.end, coderId });
        used(nodeId);
        notify({ kind: 'info', text: `Coded at ${name(nodeId)}.` });
      },
      async codeAtNewNode(newName, passage) {
        const result = await call('codings.inVivo', { sourceId, start: passage.start, end: passage.end, coderId, name: newName });
        used(result.node.id);
        notify({ kind: 'info', text: `${result.createdNode ? 'Made the node' : 'Coded at the existing node'} ${result.node.path}.` });
      },
      async codeInVivo(passage, parentId) {
        const result = await call('codings.inVivo', { sourceId, start: passage.start, end: passage.end, coderId, parentId });
        used(result.node.id);
        notify({ kind: 'info', text: `Coded in vivo at ${result.node.path}${result.createdNode ? ' (new node)' : ''}.` });
      },
      async uncode(passage, nodeId) {
        const result = await call('codings.uncodeRange', { sourceId, start: passage.start, end: passage.end, ...(nodeId !== undefined ? { nodeId } : {}) });
        const n = result.removed + result.trimmed + result.split;
        notify({ kind: 'info', text: n === 0 ? 'Nothing was coded there.' : `Uncoded ${n === 1 ? 'one reference' : `${n} references`}${nodeId !== undefined ? ` at ${name(nodeId)}` : ''}.` });
      },
      async uncodeReferences(ids) {
        const result = await call('codings.deleteMany', { ids: [...ids] });
        notify({ kind: 'info', text: `Removed ${result.removed === 1 ? 'one reference' : `${result.removed} references`}.` });
      },
      async moveReferences(ids, nodeId) {
        const result = await call('queries.recode', { codingIds: [...ids], nodeId, move: true });
        announceChange('queries.recode');
        used(nodeId);
        notify({ kind: 'info', text: `Moved ${result.removed === 1 ? 'one reference' : `${result.removed} references`} to ${name(nodeId)}. Ctrl+Z undoes it.` });
      },
      async planCorrection(oldText, newText, turnStart, revision) {
        const edits = correctionEdits(oldText, newText, turnStart);
        if (edits.length === 0) return null;
        const preview = await call('edits.preview', { sourceId, baseRevision: revision, edits });
        return { edits, emptied: preview.emptied, baseRevision: revision };
      },
      async saveCorrection(plan, removeEmptied) {
        const result = await call('edits.apply', { sourceId, baseRevision: plan.baseRevision, edits: plan.edits, removeEmptied: [...removeEmptied] });
        announceChange('edits.apply');
        notify({ kind: 'info', text: `Correction saved${result.removedCodings.length ? `; removed ${result.removedCodings.length === 1 ? 'one emptied coding' : `${result.removedCodings.length} emptied codings`}` : ''}. Ctrl+Z undoes it.` });
      },
    };
  }, [sourceId, coderId, nodes, notify, used]);
}
