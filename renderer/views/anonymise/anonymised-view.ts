// "Show anonymised": one switch for the whole window that makes source texts and result
// lists show the register's replacements instead of real names. For other screens:
//
//   const view = useAnonymisedView();
//   <p>{view.anonymise(text)}</p>          // replaces names while the switch is on
//   <AnonymisedToggle />                    // the switch itself (anonymised-toggle.tsx)
//
// No provider is needed: the state lives in this module (like renderer/jobs.ts); the
// rules come from 'register.matchRules' and reload when the project changes.
import { useSyncExternalStore } from 'react';
import { anonymiseText } from '../../../shared/anonymise/anonymise-text.ts';
import { createMatcher } from '../../../shared/anonymise/matcher.ts';
import type { Matcher } from '../../../shared/anonymise/matcher.ts';
import { call, onEvent } from '../../api.ts';

interface State {
  on: boolean;
  matcher: Matcher | null;
  error: string | null;
}

let state: State = { on: false, matcher: null, error: null };
const subscribers = new Set<() => void>();
let listening = false;
let loading: Promise<void> | null = null;

function publish(next: State): void {
  state = next;
  for (const s of subscribers) s();
}

function load(): Promise<void> {
  loading ??= call('register.matchRules', {})
    .then(
      (rules) => publish({ ...state, matcher: createMatcher(rules), error: null }),
      (error: unknown) => publish({ ...state, matcher: null, error: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => {
      loading = null;
    });
  return loading;
}

function listen(): void {
  if (listening) return;
  listening = true;
  onEvent((event) => {
    if (event.type !== 'project-changed') return;
    publish({ ...state, matcher: null });
    if (state.on) void load();
  });
}

// Turns the anonymised view on or off for every screen.
export function setAnonymisedView(on: boolean): void {
  listen();
  publish({ ...state, on });
  if (on && !state.matcher) void load();
}

export interface AnonymisedView {
  on: boolean;
  // false while the register is loading (texts show "…" rather than real names)
  ready: boolean;
  error: string | null;
  setOn(on: boolean): void;
  // the text with the register's replacements while the view is on; as written otherwise
  anonymise(text: string): string;
}

// The anonymised view as React state.
export function useAnonymisedView(): AnonymisedView {
  const current = useSyncExternalStore(
    (onChange) => {
      subscribers.add(onChange);
      return () => subscribers.delete(onChange);
    },
    () => state,
  );
  const matcher = current.matcher;
  return {
    on: current.on,
    ready: !current.on || matcher !== null,
    error: current.error,
    setOn: setAnonymisedView,
    anonymise: (text: string) => {
      if (!current.on) return text;
      if (!matcher) return '…';
      return anonymiseText(matcher, text).text;
    },
  };
}
