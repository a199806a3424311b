// The "Show anonymised" switch (see anonymised-view.ts); any screen may show it.
import { useAnonymisedView } from './anonymised-view.ts';

// A checkbox that turns the window's anonymised view on and off.
export function AnonymisedToggle() {
  const view = useAnonymisedView();
  return (
    <label className="checkbox" title="Show the register's replacements instead of real names in lists and texts">
      <input type="checkbox" checked={view.on} onChange={(e) => view.setOn(e.target.checked)} />
      Show anonymised
      {view.error ? <span className="field-error"> ({view.error})</span> : null}
    </label>
  );
}
