// The coding density bar: a thin column beside the transcript, darker where more of
// the text is coded; clicking it jumps to that part of the source.
import { memo, useMemo } from 'react';
import type { CodingRecord } from '../../../shared/model/entities.ts';
import { densityBins } from './stripe-layout.ts';

const BINS = 60;

export interface DensityBarProps {
  codings: readonly CodingRecord[];
  length: number;
  onJump(fraction: number): void;
}

function DensityBarView({ codings, length, onJump }: DensityBarProps) {
  const bins = useMemo(() => densityBins(codings, length, BINS), [codings, length]);
  return (
    <div
      className="coding-density"
      role="img"
      aria-label="Coding density along the source (click to jump there)"
      title="Coding density: darker parts are coded more. Click to jump there."
      onClick={(e) => {
        const box = e.currentTarget.getBoundingClientRect();
        onJump(Math.min(1, Math.max(0, (e.clientY - box.top) / box.height)));
      }}
    >
      {bins.map((value, i) => (
        <div key={i} className="coding-density-bin" style={{ opacity: value === 0 ? 0 : 0.15 + 0.85 * value }} />
      ))}
    </div>
  );
}

export const DensityBar = memo(DensityBarView);
