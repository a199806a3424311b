// What a merge will bring in, before anything is written.
import type { MergePreview } from '../../../shared/model/team.ts';

const MATCHED = { guid: 'same source (identity)', content: 'same text', name: 'same name', path: 'same path', new: 'new' } as const;

// The preview: counts, coders, sources with how they were matched, new nodes, what cannot be placed, conflicts.
export function MergePreviewView({ preview }: { preview: MergePreview }) {
  const a = preview.added;
  const sources = preview.sources.filter((s) => s.codingsIn > 0 || s.unplaced > 0 || s.matchedBy === 'new');
  return (
    <div className="team-merge-preview" aria-label="What comes in">
      {preview.mergedBefore ? (
        <p className="warning" role="note">
          This very file was merged on {preview.mergedBefore.slice(0, 10)}. Merging it again would change nothing.
        </p>
      ) : null}
      <p>
        <strong>{preview.fileName}</strong> brings in {a.codings} coding{a.codings === 1 ? '' : 's'}, {a.sources} new source{a.sources === 1 ? '' : 's'}, {a.nodes} new node{a.nodes === 1 ? '' : 's'}, {a.coders} new coder{a.coders === 1 ? '' : 's'}, {a.cases} new case{a.cases === 1 ? '' : 's'}, {a.attributes} new attribute{a.attributes === 1 ? '' : 's'} and {a.memos} memo{a.memos === 1 ? '' : 's'}. {preview.alreadyPresent} coding{preview.alreadyPresent === 1 ? ' is' : 's are'} already here.
      </p>
      <h3>Coders</h3>
      <ul>
        {preview.coders.map((c) => (
          <li key={`${c.initials}:${c.name}`}>
            {c.name} ({c.initials}): {c.matchedBy === 'new' ? 'new here' : `matched (${c.matchedBy})`}
          </li>
        ))}
      </ul>
      {sources.length > 0 ? (
        <>
          <h3>Sources with codings to bring in</h3>
          <ul>
            {sources.map((s) => (
              <li key={s.name}>
                {s.name}: {MATCHED[s.matchedBy]}
                {s.textDiffers ? '; the texts differ, so positions are moved through a comparison of the two' : ''}; {s.codingsIn} coding{s.codingsIn === 1 ? '' : 's'}
                {s.unplaced > 0 ? `, ${s.unplaced} cannot be placed` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.nodes.some((n) => n.matchedBy === 'new') ? (
        <>
          <h3>New nodes (under their parents)</h3>
          <ul>
            {preview.nodes
              .filter((n) => n.matchedBy === 'new')
              .map((n) => (
                <li key={n.path}>{n.path}</li>
              ))}
          </ul>
        </>
      ) : null}
      {preview.unplaced.length > 0 ? (
        <>
          <h3>Codings that cannot be placed</h3>
          <p className="muted">Their text is no longer in this project (it was corrected or deleted here). They are listed in the logbook, not dropped in silence.</p>
          <ul className="team-unplaced">
            {preview.unplaced.map((u, i) => (
              <li key={i}>
                {u.source}, {u.node} ({u.coder ?? 'no coder'}): “{u.text}”
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.conflicts.length > 0 ? (
        <>
          <h3>Conflicts (this project’s values are kept)</h3>
          <ul>
            {preview.conflicts.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
