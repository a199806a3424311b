// The coding view's header: back to the sources, the source's name and counts, the
// highlighted node with its previous/next reference buttons, the coder, find and replace.
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { formatCount } from '../../format.ts';

export interface CodingHeaderProps {
  // null while the source loads
  source: { name: string; words: number } | null;
  codingCount: number;
  highlightNode: NodeRecord | null;
  highlightCount: number;
  readOnly: boolean;
  // the current coder's initials, null when none is chosen
  coderInitials: string | null;
  onBack(): void;
  onJump(direction: 1 | -1): void;
  onStopHighlight(): void;
  onChooseCoder(): void;
  onFind(): void;
  onReplace(): void;
}

// The header row above the transcript.
export function CodingHeader({ source, codingCount, highlightNode, highlightCount, readOnly, coderInitials, onBack, onJump, onStopHighlight, onChooseCoder, onFind, onReplace }: CodingHeaderProps) {
  return (
    <div className="screen-header coding-header">
      <button type="button" className="small" onClick={onBack} title="Back to the list of sources">
        ← Sources
      </button>
      <h1 id="screen-heading" className="coding-title">
        {source?.name ?? 'Opening…'}
      </h1>
      {source ? (
        <span className="muted">
          {formatCount(source.words, 'word')} · {formatCount(codingCount, 'coding')}
        </span>
      ) : null}
      <div className="screen-tools">
        {highlightNode ? (
          <span className="coding-highlight-nav" role="group" aria-label="Highlighted node">
            <span className="swatch" style={{ backgroundColor: highlightNode.color }} aria-hidden="true" />
            <span className="coding-highlight-name" title={highlightNode.path}>
              {highlightNode.name}: {formatCount(highlightCount, 'reference')}
            </span>
            <button type="button" className="small" onClick={() => onJump(-1)} title="Previous reference ([)" aria-label="Previous reference">
              ◀
            </button>
            <button type="button" className="small" onClick={() => onJump(1)} title="Next reference (])" aria-label="Next reference">
              ▶
            </button>
            <button type="button" className="small" onClick={onStopHighlight} aria-label="Stop highlighting">
              ✕
            </button>
          </span>
        ) : null}
        {readOnly ? null : (
          <button type="button" className="small coding-coder" onClick={onChooseCoder} title="Every coding records its coder">
            {coderInitials !== null ? `Coding as ${coderInitials}` : 'Choose coder'}
          </button>
        )}
        <button type="button" className="small" onClick={onFind} aria-keyshortcuts="Control+F" title="Find in this source (Ctrl+F)">
          Find
        </button>
        <button type="button" className="small" onClick={onReplace} aria-keyshortcuts="Control+H" title="Find and replace, here or in every source (Ctrl+H)">
          Replace…
        </button>
      </div>
    </div>
  );
}
