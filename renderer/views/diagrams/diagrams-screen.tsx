// The Diagrams screen.
import type { ScreenProps } from '../frame/screen-props.ts';
import { PlaceholderScreen } from '../placeholder/placeholder-screen.tsx';

// Shows the Diagrams screen of the open project.
export function DiagramsScreen(props: ScreenProps) {
  void props;
  return (
    <PlaceholderScreen title="Diagrams">
      Diagrams will draw a first-generation triangle per subject and the second-generation activity system, with tensions backed by coded evidence.
    </PlaceholderScreen>
  );
}
