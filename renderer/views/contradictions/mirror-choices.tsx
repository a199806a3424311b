// Choosing the extracts of a mirror-data handout: each tension with evidence, opened to
// tick its quotes one by one or all at once.
import { useState } from 'react';
import type { ContradictionEntry } from '../../../shared/model/contradictions.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';

// The chosen codings of each tension.
export type Choices = ReadonlyMap<number, ReadonlySet<number>>;

interface ChoicesProps {
  entries: ContradictionEntry[];
  choices: Choices;
  onChange(choices: Choices): void;
}

function withChoice(choices: Choices, tensionId: number, ids: ReadonlySet<number>): Choices {
  const next = new Map(choices);
  next.set(tensionId, ids);
  return next;
}

function TensionQuotes({ entry, choices, onChange }: { entry: ContradictionEntry } & Omit<ChoicesProps, 'entries'>) {
  const evidence = useApiQuery('diagrams.evidence', { target: 'tension', id: entry.tensionId });
  const items = evidence.data?.items ?? [];
  const ticked = choices.get(entry.tensionId) ?? new Set<number>();
  return (
    <div className="contradictions-mirror-quotes">
      <label className="checkbox">
        <input type="checkbox" checked={items.length > 0 && items.every((i) => ticked.has(i.codingId))} onChange={(e) => onChange(withChoice(choices, entry.tensionId, new Set(e.target.checked ? items.map((i) => i.codingId) : [])))} />
        All {items.length} quotes
      </label>
      <ul>
        {items.map((item) => (
          <li key={item.codingId}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={ticked.has(item.codingId)}
                onChange={(e) => {
                  const next = new Set(ticked);
                  if (e.target.checked) next.add(item.codingId);
                  else next.delete(item.codingId);
                  onChange(withChoice(choices, entry.tensionId, next));
                }}
              />
              <span>
                {item.text.length > 220 ? `${item.text.slice(0, 220)}…` : item.text} <span className="muted">{item.attribution}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

// The tensions, each opened on demand.
export function MirrorChoices({ entries, choices, onChange }: ChoicesProps) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  return (
    <ul className="contradictions-mirror" aria-label="Extracts to show">
      {entries.map((e) => {
        const isOpen = open.has(e.tensionId);
        const n = choices.get(e.tensionId)?.size ?? 0;
        return (
          <li key={e.tensionId}>
            <button
              type="button"
              className="link-button"
              aria-expanded={isOpen}
              onClick={() => {
                const next = new Set(open);
                if (isOpen) next.delete(e.tensionId);
                else next.add(e.tensionId);
                setOpen(next);
              }}
            >
              {e.link ? `${e.link.name}: ` : ''}
              {e.label || `${e.from}${e.to ? ` – ${e.to}` : ''}`} ({e.phase || e.diagramTitle})
            </button>
            <span className="muted">
              {' '}
              {n} of {e.evidenceCount} chosen
            </span>
            {isOpen ? <TensionQuotes entry={e} choices={choices} onChange={onChange} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
