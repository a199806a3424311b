// Whose codings the coding view shows (everyone's, only mine for blind coding, or one
// coder's) and whether stripes are coloured by coder, with the colours' key.
import type { CoderRecord } from '../../../shared/model/entities.ts';
import type { CodersShown } from './coding-prefs.ts';

export interface CoderViewBarProps {
  coders: readonly CoderRecord[];
  current: CoderRecord | null;
  shown: CodersShown;
  byCoder: boolean;
  colours: ReadonlyMap<number, string>;
  onShown(shown: CodersShown): void;
  onByCoder(byCoder: boolean): void;
}

const valueOf = (shown: CodersShown): string => (shown === 'all' || shown === 'mine' ? shown : String(shown.coderId));

// The coder controls above the transcript.
export function CoderViewBar({ coders, current, shown, byCoder, colours, onShown, onByCoder }: CoderViewBarProps) {
  if (coders.length < 2 && shown === 'all' && !byCoder) return null;
  return (
    <div className="coding-coder-bar" role="group" aria-label="Coders shown">
      <label className="coding-coder-shown">
        <span>Codings shown</span>
        <select
          value={valueOf(shown)}
          onChange={(e) => {
            const v = e.target.value;
            onShown(v === 'all' || v === 'mine' ? v : { coderId: Number(v) });
          }}
        >
          <option value="all">All coders</option>
          <option value="mine">Only mine{current ? ` (${current.initials})` : ''}: others hidden (blind)</option>
          {coders.map((c) => (
            <option key={c.id} value={String(c.id)}>
              Only {c.name} ({c.initials})
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={byCoder} onChange={(e) => onByCoder(e.target.checked)} />
        Colour stripes by coder
      </label>
      {byCoder ? (
        <span className="coding-coder-key" aria-label="Coder colours">
          {coders.map((c) => (
            <span key={c.id} className="coding-coder-chip">
              <span className="coding-coder-swatch" style={{ backgroundColor: colours.get(c.id) }} aria-hidden="true" />
              {c.initials}
            </span>
          ))}
        </span>
      ) : null}
      {shown === 'mine' && current === null ? <span className="muted">Choose who is coding to see your codings.</span> : null}
    </div>
  );
}
