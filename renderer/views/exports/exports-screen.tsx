// The Exports screen.
import type { ScreenProps } from '../frame/screen-props.ts';
import { PlaceholderScreen } from '../placeholder/placeholder-screen.tsx';

// Shows the Exports screen of the open project.
export function ExportsScreen(props: ScreenProps) {
  void props;
  return (
    <PlaceholderScreen title="Exports">
      Exports will write anonymised coded extracts to Word, grouped by the six questions with role-and-project attributions, together with the matrix and the diagrams.
    </PlaceholderScreen>
  );
}
