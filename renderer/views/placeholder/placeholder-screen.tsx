// A screen that is not built yet: its heading and one sentence of what it will hold.
import type { ReactNode } from 'react';

export interface PlaceholderScreenProps {
  title: string;
  children: ReactNode;
}

// Shows the screen's heading and what will be there.
export function PlaceholderScreen({ title, children }: PlaceholderScreenProps) {
  return (
    <section className="screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">{title}</h1>
      </div>
      <p className="placeholder-text">{children}</p>
      <p className="muted">This screen is not ready yet.</p>
    </section>
  );
}
