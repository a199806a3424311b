// The turn holding a reference and the turns around it, the referenced text marked.
import { useEffect, useState } from 'react';
import type { PassageContext } from '../../../shared/model/queries.ts';
import { createOffsetIndex } from '../../../shared/text/code-points.ts';
import { call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';

// Splits a segment's text into before / passage / after (positions are source code points).
function marked(text: string, segmentStart: number, start: number, end: number) {
  const index = createOffsetIndex(text);
  const from = Math.max(0, Math.min(index.codePointLength, start - segmentStart));
  const to = Math.max(from, Math.min(index.codePointLength, end - segmentStart));
  return { before: index.slice(0, from), passage: index.slice(from, to), after: index.slice(to) };
}

// Loads and shows the context of a passage; "More context" widens it a turn at a time.
export function PassageContextView({ sourceId, start, end }: { sourceId: number; start: number; end: number }) {
  const [around, setAround] = useState(1);
  const [context, setContext] = useState<PassageContext | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  useEffect(() => {
    let live = true;
    call('queries.context', { sourceId, start, end, around }).then(
      (c) => live && setContext(c),
      (e: unknown) => live && setError(toApiCallError(e)),
    );
    return () => {
      live = false;
    };
  }, [sourceId, start, end, around]);
  return (
    <div className="queries-context" aria-label="Context">
      <ErrorMessage error={error} />
      {context?.segments.map((s) => {
        const parts = s.containsPassage ? marked(s.text, s.start, start, end) : null;
        return (
          <p key={s.id} className={s.isInterviewer ? 'queries-context-turn queries-context-interviewer' : 'queries-context-turn'}>
            {parts ? (
              <>
                {parts.before}
                <mark>{parts.passage}</mark>
                {parts.after}
              </>
            ) : (
              s.text
            )}
          </p>
        );
      })}
      {context ? (
        <button type="button" className="link-button" onClick={() => setAround((a) => Math.min(10, a + 1))} disabled={around >= 10}>
          More context
        </button>
      ) : null}
    </div>
  );
}
