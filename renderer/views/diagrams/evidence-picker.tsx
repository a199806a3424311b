// Picks codings as evidence: choose a node (those tied to the component come first), see
// its codings with their quotes and attributions, tick the ones that back the claim.
import { useMemo, useState } from 'react';
import type { ActivityComponent } from '../../../shared/model/activity-components.ts';
import { COMPONENT_LABELS } from '../../../shared/model/activity-components.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';

export interface EvidencePickerProps {
  subject: string;
  kinds: ActivityComponent[];
  // codings already linked (shown ticked and fixed)
  linked: ReadonlySet<number>;
  // links the chosen codings; resolves true when they were linked
  onLink(codingIds: number[]): Promise<boolean>;
  onClose(): void;
}

function CodingList({ nodeId, descendants, filter, linked, chosen, onToggle }: { nodeId: number; descendants: boolean; filter: string; linked: ReadonlySet<number>; chosen: ReadonlySet<number>; onToggle(id: number): void }) {
  const codings = useApiQuery('diagrams.codingsAtNode', { nodeId, descendants });
  const needle = filter.trim().toLowerCase();
  const shown = (codings.data ?? []).filter((c) => !needle || `${c.text} ${c.attribution} ${c.sourceName}`.toLowerCase().includes(needle));
  if (codings.error) return <ErrorMessage error={codings.error} />;
  if (!codings.data) return <p className="muted">Loading codings…</p>;
  if (shown.length === 0) return <p className="muted">{codings.data.length === 0 ? 'Nothing is coded at this node yet.' : 'No coding matches the filter.'}</p>;
  return (
    <ul className="diagrams-picker-list" aria-label="Codings at the node">
      {shown.map((c) => (
        <li key={c.codingId}>
          <label className="checkbox diagrams-picker-item">
            <input type="checkbox" checked={linked.has(c.codingId) || chosen.has(c.codingId)} disabled={linked.has(c.codingId)} onChange={() => onToggle(c.codingId)} />
            <span>
              <span className="diagrams-picker-quote">{c.text.length > 400 ? `${c.text.slice(0, 400)}…` : c.text}</span>
              <span className="muted">
                {' '}
                {c.attribution} · {c.sourceName}
                {descendants ? ` · ${c.nodePath}` : ''}
              </span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

// The picker dialog.
export function EvidencePicker({ subject, kinds, linked, onLink, onClose }: EvidencePickerProps) {
  const nodes = useApiQuery('nodes.list', {});
  const ordered = useMemo(() => {
    const all = nodes.data ?? [];
    const tied = all.filter((n) => n.components.some((k) => kinds.includes(k)));
    const rest = all.filter((n) => !tied.includes(n));
    return { tied, rest };
  }, [nodes.data, kinds]);
  const [nodeId, setNodeId] = useState<number | null>(null);
  const [descendants, setDescendants] = useState(true);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const current = nodeId ?? ordered.tied.find((n) => n.codingCount > 0)?.id ?? ordered.tied[0]?.id ?? ordered.rest[0]?.id ?? null;

  function toggle(id: number) {
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function link() {
    setBusy(true);
    const ok = await onLink([...chosen]);
    setBusy(false);
    if (ok) onClose();
  }

  const kindNames = kinds.map((k) => COMPONENT_LABELS[k].toLowerCase()).join(' or ');
  return (
    <Modal title={`Link evidence to ${subject}`} onClose={onClose} wide>
      <ErrorMessage error={nodes.error} />
      <div className="diagrams-picker-controls">
        <label className="field">
          <span className="field-label">Node</span>
          <select value={current ?? ''} onChange={(e) => setNodeId(Number(e.target.value))}>
            {ordered.tied.length > 0 ? (
              <optgroup label={`Tied to ${kindNames}`}>
                {ordered.tied.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.path} ({n.codingCount})
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label="Other nodes">
              {ordered.rest.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.path} ({n.codingCount})
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={descendants} onChange={(e) => setDescendants(e.target.checked)} />
          Include the nodes under it
        </label>
        <label className="field">
          <span className="field-label">Filter</span>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Words in the quote, role, source" />
        </label>
      </div>
      <div className="diagrams-picker-scroll">{current !== null ? <CodingList nodeId={current} descendants={descendants} filter={filter} linked={linked} chosen={chosen} onToggle={toggle} /> : <p className="muted">The codebook has no nodes.</p>}</div>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy || chosen.size === 0} onClick={() => void link()}>
          {busy ? 'Linking…' : chosen.size === 1 ? 'Link 1 coding' : `Link ${chosen.size} codings`}
        </button>
      </div>
    </Modal>
  );
}
