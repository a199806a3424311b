// Search presets for the discursive manifestations of contradictions (Engestrom and
// Sannino 2011): each fills the search box with one kind's linguistic cues, as phrases.
import { cueQuery, MANIFESTATIONS } from '../../../shared/model/discursive-manifestations.ts';

// The preset buttons; choosing one sets the query (the researcher then searches).
export function CuePresets({ onQuery }: { onQuery(query: string): void }) {
  return (
    <div className="queries-presets" role="group" aria-label="Cues of contradictions">
      <span className="field-label">Cues of contradictions</span>
      {MANIFESTATIONS.map((m) => (
        <button key={m.kind} type="button" className="small" title={`${m.description} Cues: ${m.cues.join(', ')}.`} onClick={() => onQuery(cueQuery(m.kind))}>
          {m.name}
        </button>
      ))}
    </div>
  );
}
