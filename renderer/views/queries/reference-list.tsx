// A list of references (coded passages) with source, case and role, expandable context,
// a jump to the passage in its source, and re-coding or uncoding of the chosen ones.
import { useState } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import type { QueryReference, ReferenceList } from '../../../shared/model/queries.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { formatCount } from '../../format.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { openSource } from '../coding/open-source.ts';
import { NodeSelect } from './node-select.tsx';
import { PassageContextView } from './passage-context.tsx';

export interface ReferenceListViewProps {
  label: string;
  // who is coding (copies record them; moves keep the original coder)
  coderId?: number | null;
  list: ReferenceList;
  nodes: readonly NodeRecord[];
  readOnly: boolean;
  notify(notice: Notice): void;
  // asks for the next page (shown when the list is truncated)
  onMore?: () => void;
  // references the caller marks (e.g. linked to a framework summary)
  checked?: ReadonlySet<number>;
  onCheck?: (codingId: number, on: boolean) => void;
  checkLabel?: string;
}

function meta(r: QueryReference): string {
  return [r.caseLabel ?? 'no case', r.round === null ? null : `round ${r.round}`, r.coder ? `coded by ${r.coder}` : null, r.inInterviewerTurn ? 'interviewer turn' : null].filter(Boolean).join(' · ');
}

// A copy of a set with an id added (on) or removed.
function toggle(set: ReadonlySet<number>, id: number, on: boolean): Set<number> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

interface BulkActionsProps {
  ticked: number;
  nodes: readonly NodeRecord[];
  target: number | null;
  onTarget(nodeId: number | null): void;
  busy: boolean;
  onRecode(move: boolean): void;
  onUncode(): void;
}

// What can be done with the ticked references: code them at, or move them to, a node; uncode them.
function BulkActions({ ticked, nodes, target, onTarget, busy, onRecode, onUncode }: BulkActionsProps) {
  return (
    <div className="queries-bulk">
      <span className="muted">{ticked === 0 ? 'Tick references to re-code or uncode them.' : `${formatCount(ticked, 'reference')} ticked`}</span>
      <NodeSelect label="Target node" nodes={nodes} value={target} onChange={onTarget} emptyLabel="Choose a node…" />
      <button type="button" disabled={busy || ticked === 0 || target === null} onClick={() => onRecode(false)}>
        Code at node
      </button>
      <button type="button" disabled={busy || ticked === 0 || target === null} onClick={() => onRecode(true)}>
        Move to node
      </button>
      <button type="button" disabled={busy || ticked === 0} onClick={onUncode}>
        Uncode…
      </button>
    </div>
  );
}

interface ReferenceItemProps {
  reference: QueryReference;
  tickable: boolean;
  ticked: boolean;
  onTick(on: boolean): void;
  // the context around it is shown
  open: boolean;
  onOpen(): void;
  // the caller's own mark (linked to a summary), or null
  check: { on: boolean; label: string; onChange(on: boolean): void } | null;
}

// One reference: where it is from, its text, its context and a way into its source.
function ReferenceItem({ reference: r, tickable, ticked, onTick, open, onOpen, check }: ReferenceItemProps) {
  return (
    <li className="queries-reference">
      <div className="queries-reference-head">
        {tickable ? <input type="checkbox" aria-label={`Tick reference in ${r.sourceName} at ${r.start}`} checked={ticked} onChange={(e) => onTick(e.target.checked)} /> : null}
        <span className="queries-reference-source">{r.sourceName}</span>
        <span className="muted">{meta(r)}</span>
        <span className="queries-reference-node">{r.nodePath}</span>
      </div>
      <blockquote className="queries-reference-text">{r.text}</blockquote>
      <div className="queries-reference-actions">
        {check ? (
          <label className="queries-check">
            <input type="checkbox" checked={check.on} onChange={(e) => check.onChange(e.target.checked)} />
            {check.label}
          </label>
        ) : null}
        <button type="button" className="link-button" aria-expanded={open} onClick={onOpen}>
          {open ? 'Hide context' : 'Context'}
        </button>
        <button type="button" className="link-button" onClick={() => openSource(r.sourceId, { start: r.start, end: r.end })}>
          Open in source
        </button>
      </div>
      {open ? <PassageContextView sourceId={r.sourceId} start={r.start} end={r.end} /> : null}
    </li>
  );
}

// Shows references one under another; selected ones can be coded elsewhere, moved or uncoded.
export function ReferenceListView({ label, coderId, list, nodes, readOnly, notify, onMore, checked, onCheck, checkLabel }: ReferenceListViewProps) {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [open, setOpen] = useState<Set<number>>(new Set());
  const [target, setTarget] = useState<number | null>(null);
  const [confirmUncode, setConfirmUncode] = useState(false);
  const [busy, setBusy] = useState(false);
  const chosen = list.references.filter((r) => selected.has(r.codingId)).map((r) => r.codingId);

  async function recode(move: boolean) {
    if (target === null || chosen.length === 0) return;
    setBusy(true);
    try {
      const r = await call('queries.recode', { codingIds: chosen, nodeId: target, move, ...(move || coderId === undefined ? {} : { coderId }) });
      const path = nodes.find((n) => n.id === target)?.path ?? 'the node';
      notify({ kind: 'info', text: `${move ? 'Moved' : 'Coded'} ${formatCount(r.created + r.skipped, 'reference')} ${move ? 'to' : 'at'} ${path}${r.skipped > 0 ? ` (${r.skipped} were already coded there)` : ''}. Ctrl+Z undoes it.` });
      setSelected(new Set());
      announceChange('recode');
    } catch (e) {
      notify({ kind: 'error', text: toApiCallError(e).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="queries-references" aria-label={label}>
      <p className="queries-summary" role="status">
        {formatCount(list.total, 'reference')} in {formatCount(list.sources, 'source')} ({formatCount(list.cases, 'case')})
        {list.truncated ? ` · showing the first ${list.references.length}` : ''}
      </p>
      {!readOnly && list.references.length > 0 ? <BulkActions ticked={chosen.length} nodes={nodes} target={target} onTarget={setTarget} busy={busy} onRecode={(move) => void recode(move)} onUncode={() => setConfirmUncode(true)} /> : null}
      <ol className="queries-reference-list">
        {list.references.map((r) => (
          <ReferenceItem
            key={r.codingId}
            reference={r}
            tickable={!readOnly}
            ticked={selected.has(r.codingId)}
            onTick={(on) => setSelected((set) => toggle(set, r.codingId, on))}
            open={open.has(r.codingId)}
            onOpen={() => setOpen((set) => toggle(set, r.codingId, !set.has(r.codingId)))}
            check={onCheck ? { on: checked?.has(r.codingId) ?? false, label: checkLabel ?? 'Linked', onChange: (on) => onCheck(r.codingId, on) } : null}
          />
        ))}
      </ol>
      {list.truncated && onMore ? (
        <button type="button" onClick={onMore}>
          Show more
        </button>
      ) : null}
      {confirmUncode ? (
        <ConfirmDialog
          title="Uncode references"
          message={`Remove ${formatCount(chosen.length, 'reference')} from their nodes? The text stays in the sources; Ctrl+Z brings the references back.`}
          confirmLabel="Uncode"
          onConfirm={async () => {
            const r = await call('queries.uncode', { codingIds: chosen });
            notify({ kind: 'info', text: `Uncoded ${formatCount(r.removed, 'reference')}. Ctrl+Z undoes it.` });
            setSelected(new Set());
            announceChange('uncode');
          }}
          onClose={() => setConfirmUncode(false)}
        />
      ) : null}
    </section>
  );
}
