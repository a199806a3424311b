// A disagreement's passage with what each coder coded of it marked: coder A's characters,
// coder B's, both, or neither, so the difference can be read at a glance.
import type { CoderRecord } from '../../../shared/model/entities.ts';
import type { Disagreement } from '../../../shared/model/team.ts';

interface Piece {
  text: string;
  a: boolean;
  b: boolean;
}

// Cuts the passage (its excerpt starts at item.start) at every edge of either coder's ranges.
export function passagePieces(item: Disagreement): Piece[] {
  const chars = Array.from(item.text.replace(/…$/, ''));
  const cuts = new Set<number>([0, chars.length]);
  for (const [s, e] of [...item.rangesA, ...item.rangesB]) {
    cuts.add(Math.max(0, Math.min(chars.length, s - item.start)));
    cuts.add(Math.max(0, Math.min(chars.length, e - item.start)));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const inside = (ranges: [number, number][], at: number) => ranges.some(([s, e]) => at >= s && at < e);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    if (to > from) pieces.push({ text: chars.slice(from, to).join(''), a: inside(item.rangesA, item.start + from), b: inside(item.rangesB, item.start + from) });
  }
  return pieces;
}

// The passage with each coder's coding marked, and a key.
export function PassageMarks({ item, a, b }: { item: Disagreement; a: CoderRecord; b: CoderRecord }) {
  const title = (p: Piece) => (p.a && p.b ? `Coded by ${a.initials} and ${b.initials}` : p.a ? `Coded by ${a.initials} only` : p.b ? `Coded by ${b.initials} only` : 'Coded by neither');
  return (
    <div className="team-passage">
      <p className="team-passage-text">
        {passagePieces(item).map((p, i) => (
          <span key={i} className={p.a && p.b ? 'team-mark-both' : p.a ? 'team-mark-a' : p.b ? 'team-mark-b' : undefined} title={title(p)}>
            {p.text}
          </span>
        ))}
        {item.text.endsWith('…') ? '…' : ''}
      </p>
      <p className="team-passage-key muted">
        <span className="team-mark-a">{a.initials} only</span> <span className="team-mark-b">{b.initials} only</span> <span className="team-mark-both">both</span>
      </p>
    </div>
  );
}
