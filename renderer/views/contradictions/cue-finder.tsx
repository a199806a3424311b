// Discursive manifestations of contradictions (Engestrom and Sannino 2011): search the talk
// for one kind's cues, read the hits in context, keep the ones that show the contradiction,
// and code them at the kind's node - linked to the tension they speak to - in one step.
import { useState } from 'react';
import type { ContradictionEntry } from '../../../shared/model/contradictions.ts';
import type { CueHit, ManifestationInProject, ManifestationKind } from '../../../shared/model/discursive-manifestations.ts';
import type { KwicLine, SearchResult, SpreadTo } from '../../../shared/model/queries.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { openSource } from '../coding/open-source.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import type { ContradictionActions } from './contradiction-actions.ts';

export interface CueFinderProps {
  entries: ContradictionEntry[];
  readOnly: boolean;
  actions: ContradictionActions;
  notify(notice: Notice): void;
}

const LIMIT = 200;

function hitKey(h: CueHit): string {
  return `${h.segmentId}:${h.start}`;
}

// One KWIC line per hit, with the later matches merged into it (also) marked as the first is.
function hitsOf(result: SearchResult): (CueHit & Pick<KwicLine, 'left' | 'match' | 'also' | 'right'> & { where: string })[] {
  return result.segments.flatMap((s) =>
    s.lines.filter((l) => l.end > l.start).map((l) => ({ sourceId: s.sourceId, segmentId: s.segmentId, start: l.start, end: l.end, left: l.left, match: l.match, also: l.also, right: l.right, where: [s.caseLabel, s.sourceName].filter(Boolean).join(' · ') })),
  );
}

// Every match a kept line stands for: its first and the later ones merged into it, each coded.
function matchesOf(h: ReturnType<typeof hitsOf>[number]): CueHit[] {
  return [{ sourceId: h.sourceId, segmentId: h.segmentId, start: h.start, end: h.end }, ...h.also.map((m) => ({ sourceId: h.sourceId, segmentId: h.segmentId, start: m.start, end: m.end }))];
}

function KindChoice({ kinds, kind, onKind }: { kinds: ManifestationInProject[]; kind: ManifestationKind; onKind(kind: ManifestationKind): void }) {
  return (
    <fieldset className="contradictions-kinds">
      <legend className="field-label">Kind</legend>
      {kinds.map((m) => (
        <label key={m.kind} className="radio" title={m.description}>
          <input type="radio" name="cue-kind" checked={kind === m.kind} onChange={() => onKind(m.kind)} />
          {m.name} <span className="muted">({m.codingCount})</span>
        </label>
      ))}
    </fieldset>
  );
}

// The cue search and the coding of what it found.
export function CueFinder({ entries, readOnly, actions, notify }: CueFinderProps) {
  const kinds = useApiQuery('contradictions.manifestations', {});
  const [kind, setKind] = useState<ManifestationKind>('dilemma');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [tensionId, setTensionId] = useState<number | null>(null);
  const [spread, setSpread] = useState<SpreadTo>('sentence');
  const [error, setError] = useState<string | null>(null);
  const chosen = kinds.data?.find((m) => m.kind === kind);
  const missing = kinds.data?.some((m) => m.nodeId === null) ?? false;
  const hits = result ? hitsOf(result) : [];
  const kept = hits.filter((h) => !unticked.has(hitKey(h)));
  const keptMatches = kept.flatMap(matchesOf);

  async function search(k: ManifestationKind) {
    const query = kinds.data?.find((m) => m.kind === k)?.query ?? '';
    setError(null);
    try {
      setResult(await call('queries.search', { query, scope: { excludeInterviewer: true }, limit: LIMIT }));
      setUnticked(new Set());
    } catch (e) {
      setError(toApiCallError(e).message);
    }
  }

  async function code() {
    const outcome = await actions.run('contradictions.codeCueHits', { kind, hits: keptMatches, spread, tensionId });
    if (outcome) notify({ kind: 'info', text: `Coded ${outcome.created} new passage${outcome.created === 1 ? '' : 's'} at ${outcome.nodePath}${outcome.reused ? ` (${outcome.reused} coded there already)` : ''}${tensionId !== null ? `; linked ${outcome.linked} to the tension` : ''}. Ctrl+Z undoes it.` });
  }

  return (
    <section className="contradictions-side-section" aria-labelledby="contradictions-cues-heading">
      <h2 id="contradictions-cues-heading">Discursive manifestations</h2>
      <p className="muted">Dilemmas, conflicts, critical conflicts and double binds show contradictions in talk. Search for a kind’s cues, untick what is only a turn of phrase, and code the rest.</p>
      <ErrorMessage error={kinds.error ?? error} />
      {missing && !readOnly ? (
        <button type="button" onClick={() => void actions.run('contradictions.addManifestationsBranch', {})}>
          Add the discursive manifestations branch to the codebook
        </button>
      ) : null}
      {kinds.data ? <KindChoice kinds={kinds.data} kind={kind} onKind={(k) => {
        setKind(k);
        void search(k);
      }} /> : null}
      {chosen ? <p className="contradictions-cues">Cues: {chosen.cues.map((c) => `“${c}”`).join(', ')}</p> : null}
      <button type="button" onClick={() => void search(kind)} disabled={!chosen}>
        Search for the cues
      </button>
      {result ? (
        <CueHits hits={hits} unticked={unticked} onTick={setUnticked} total={result.totalSegments} />
      ) : null}
      {result && !readOnly ? (
        <div className="contradictions-code">
          <label className="field">
            <span className="field-label">Link to the tension</span>
            <select value={tensionId ?? ''} onChange={(e) => setTensionId(e.target.value ? Number(e.target.value) : null)}>
              <option value="">— code only, link to none</option>
              {entries.map((e) => (
                <option key={e.tensionId} value={e.tensionId}>
                  {e.label || `${e.from}${e.to ? ` – ${e.to}` : ''}`} ({e.phase || e.diagramTitle})
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Code</span>
            <select value={spread} onChange={(e) => setSpread(e.target.value === 'hit' ? 'hit' : e.target.value === 'segment' ? 'segment' : 'sentence')}>
              <option value="hit">the cue itself</option>
              <option value="sentence">the sentence around it</option>
              <option value="segment">the whole turn</option>
            </select>
          </label>
          <button type="button" className="primary" disabled={keptMatches.length === 0 || chosen?.nodeId === null} onClick={() => void code()}>
            Code {keptMatches.length} {keptMatches.length === 1 ? 'hit' : 'hits'} at {chosen?.name ?? ''}
            {tensionId !== null ? ' and link them' : ''}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function CueHits({ hits, unticked, onTick, total }: { hits: ReturnType<typeof hitsOf>; unticked: ReadonlySet<string>; onTick(next: ReadonlySet<string>): void; total: number }) {
  return (
    <>
      <p role="status" className="muted">
        {hits.length} {hits.length === 1 ? 'hit' : 'hits'} in {total} {total === 1 ? 'turn' : 'turns'} (interviewers left out)
      </p>
      <ul className="contradictions-hits" aria-label="Cue hits">
        {hits.map((h) => {
          const key = hitKey(h);
          return (
            <li key={key}>
              <label className="contradictions-hit">
                <input
                  type="checkbox"
                  checked={!unticked.has(key)}
                  onChange={(e) => {
                    const next = new Set(unticked);
                    if (e.target.checked) next.delete(key);
                    else next.add(key);
                    onTick(next);
                  }}
                />
                <span>
                  {h.left}
                  <mark>{h.match}</mark>
                  {h.also.map((m, i) => (
                    <span key={i}>
                      {m.gap}
                      <mark>{m.match}</mark>
                    </span>
                  ))}
                  {h.right}
                </span>
              </label>
              <span className="muted contradictions-hit-where">
                {h.where}
                <button type="button" className="link-button" onClick={() => openSource(h.sourceId, { start: h.start, end: h.end })}>
                  Open
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
