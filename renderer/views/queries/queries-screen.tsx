// The Queries screen.
import type { ScreenProps } from '../frame/screen-props.ts';
import { PlaceholderScreen } from '../placeholder/placeholder-screen.tsx';

// Shows the Queries screen of the open project.
export function QueriesScreen(props: ScreenProps) {
  void props;
  return (
    <PlaceholderScreen title="Queries">
      Queries will gather everything coded at a node, compare it across roles, projects and rounds, search the words people used, and show where codes co-occur as a hint of tensions.
    </PlaceholderScreen>
  );
}
