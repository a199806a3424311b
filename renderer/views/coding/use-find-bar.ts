// The coding view's find bar (Ctrl+F) and its way to find and replace (Ctrl+H): the query
// and how it matches, the matches in this source and the current one (shown in the middle
// of the transcript as it changes), next and previous (wrapping round), and where focus
// goes when the bar closes: to the transcript, with the current match selected, so C, V
// and 1-9 code it.
import { useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { blockAt } from './blocks.ts';
import type { Block } from './blocks.ts';
import type { CodePointRange } from './dom-selection.ts';
import { findMatches, matchFrom, stepMatch } from './find-matches.ts';
import type { FindBarOptions } from './find-matches.ts';
import type { FindMarks } from './use-find-marks.ts';
import type { TranscriptHandle } from './use-transcript-handle.ts';

export interface FindBarState {
  open: boolean;
  query: string;
  options: FindBarOptions;
  matches: readonly CodePointRange[];
  current: number | null;
  // changes whenever the bar's field is to take the focus (opened again with Ctrl+F)
  focusRequest: number;
  setQuery(query: string): void;
  setOptions(options: FindBarOptions): void;
  step(direction: 1 | -1): void;
  close(): void;
}

export interface FindInSource {
  bar: FindBarState;
  // the marks for the transcript (null while the bar is closed)
  marks: FindMarks | null;
  // Ctrl+F: opens the bar (with a short selected passage as the query) or takes the focus back to it
  openBar(): void;
  // F3 / Shift+F3: the next or previous match (opening the bar when it is closed)
  findNext(direction: 1 | -1): void;
  // Ctrl+H: find and replace is open, starting with this text
  replace: { initialQuery: string } | null;
  openReplace(): void;
  closeReplace(): void;
}

export interface FindInSourceDeps {
  index: OffsetIndex | null;
  blocks: readonly Block[];
  transcript: RefObject<TranscriptHandle | null>;
  // the passage selected now (the live selection)
  passage(): CodePointRange | null;
  focused: number;
  setFocused(index: number): void;
}

// A selected passage short enough to look for.
function queryOf(index: OffsetIndex | null, passage: CodePointRange | null): string {
  const words = passage && index ? index.slice(passage.start, passage.end) : '';
  return words.length > 0 && words.length < 100 && !words.includes('\n') ? words : '';
}

// The find bar's state and the view's ways into find and replace.
export function useFindInSource({ index, blocks, transcript, passage, focused, setFocused }: FindInSourceDeps): FindInSource {
  const [open, setOpen] = useState(false);
  const [query, setQueryState] = useState('');
  const [options, setOptions] = useState<FindBarOptions>({ matchCase: false, wholeWord: false });
  // the match moved to with next or previous, for the matches it was chosen among
  const [picked, setPicked] = useState<{ among: readonly CodePointRange[]; index: number | null } | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [replace, setReplace] = useState<{ initialQuery: string } | null>(null);
  // where the current match is looked for from when the query changes
  const [from, setFrom] = useState(0);
  const matches = useMemo(() => (index && open ? findMatches(index, query, options) : []), [index, open, query, options]);
  // the match moved to, or else the first from where finding started
  const current = picked?.among === matches ? picked.index : matchFrom(matches, from);
  // the current match is shown in the middle of the transcript
  const shown = current === null ? null : (matches[current] ?? null);
  useEffect(() => {
    if (shown) transcript.current?.showRange(shown.start, shown.end, false);
  }, [shown, transcript]);

  const startHere = () => {
    setFrom(passage()?.start ?? blocks[focused]?.start ?? 0);
    setPicked(null);
  };
  const openBar = () => {
    const selected = queryOf(index, passage());
    if (!open || selected !== '') startHere();
    if (selected !== '') setQueryState(selected);
    setOpen(true);
    setFocusRequest((n) => n + 1);
  };
  const step = (direction: 1 | -1) => {
    const next = stepMatch(current, matches.length, direction);
    setPicked({ among: matches, index: next });
    if (next !== null) setFrom((matches[next] as CodePointRange).start);
  };
  const close = () => {
    setOpen(false);
    const at = shown ?? null;
    const turn = at ? blockAt(blocks, at.start) : focused;
    setFocused(turn);
    transcript.current?.focusBlock(turn);
    if (at) transcript.current?.showRange(at.start, at.end, true);
  };
  return {
    bar: {
      open,
      query,
      options,
      matches,
      current,
      focusRequest,
      setQuery(next) {
        setQueryState(next);
      },
      setOptions,
      step,
      close,
    },
    marks: open ? { matches, current } : null,
    openBar,
    findNext(direction) {
      if (!open) openBar();
      else step(direction);
    },
    replace,
    openReplace: () => setReplace({ initialQuery: query !== '' ? query : queryOf(index, passage()) }),
    closeReplace: () => setReplace(null),
  };
}
