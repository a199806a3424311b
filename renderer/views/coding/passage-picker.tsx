// The node picker opened on a passage (PickerState): "Code at node" (the codebook, recent
// nodes first, or a new node) or "Uncode the selection at" (only the nodes coded there).
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { InVivoDialog } from './in-vivo-dialog.tsx';
import { NodePicker } from './node-picker.tsx';
import type { CodingActions } from './use-coding-actions.ts';
import type { PickerState } from './use-passage-coding.ts';

export interface PassagePickerProps {
  picker: NonNullable<PickerState>;
  index: OffsetIndex;
  nodes: readonly NodeRecord[];
  recent: readonly number[];
  codings: readonly CodingRecord[];
  actions: CodingActions;
  // after coding: the DOM selection is cleared
  onCoded(): void;
  onClose(): void;
}

// The picker for coding or uncoding one passage.
export function PassagePicker({ picker, index, nodes, recent, codings, actions, onCoded, onClose }: PassagePickerProps) {
  const { passage } = picker;
  const words = index.slice(passage.start, passage.end);
  if (picker.mode === 'in-vivo') {
    const { clearAfter } = picker;
    return <InVivoDialog passage={passage} words={words} nodes={nodes} codings={codings} recent={recent} onCode={(parentId) => actions.codeInVivo(passage, parentId).then(() => (clearAfter ? onCoded() : undefined))} onClose={onClose} />;
  }
  if (picker.mode === 'code') {
    return (
      <NodePicker
        title="Code at node"
        // categories group codes but cannot be coded, so they are not offered
        nodes={nodes.filter((n) => n.isCodable !== false)}
        recent={recent}
        passage={words}
        allowCreate
        onChoose={(nodeId) => actions.code(nodeId, passage).then(onCoded)}
        onCreate={(name) => actions.codeAtNewNode(name, passage).then(onCoded)}
        onClose={onClose}
      />
    );
  }
  if (picker.mode === 'move') {
    const { from, codingIds } = picker;
    return (
      <NodePicker
        title="Move to node"
        nodes={nodes.filter((n) => n.isCodable !== false && n.id !== from)}
        recent={recent.filter((id) => id !== from)}
        passage={words}
        allowCreate={false}
        onChoose={(nodeId) => actions.moveReferences(codingIds, nodeId)}
        onCreate={async () => undefined}
        onClose={onClose}
      />
    );
  }
  const codedHere = nodes.filter((n) => codings.some((c) => c.nodeId === n.id && c.start < passage.end && c.end > passage.start));
  return (
    <NodePicker
      title="Uncode the selection at"
      nodes={codedHere}
      recent={[]}
      passage={words}
      allowCreate={false}
      extra={codedHere.length > 1 ? { label: 'Every node coded here', onChoose: () => actions.uncode(passage) } : null}
      onChoose={(nodeId) => actions.uncode(passage, nodeId)}
      onCreate={async () => undefined}
      onClose={onClose}
    />
  );
}
