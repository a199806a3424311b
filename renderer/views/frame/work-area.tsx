// The central work area: shows the active screen.
import type { ProjectInfo, SourceSummary } from '../../../shared/model/entities.ts';
import { CasesScreen } from '../cases/cases-screen.tsx';
import { CodebookScreen } from '../codebook/codebook-screen.tsx';
import { PlaceholderScreen } from '../placeholder/placeholder-screen.tsx';
import { SourcesScreen } from '../sources/sources-screen.tsx';
import type { Notice } from './notice-bar.tsx';
import type { ScreenId } from './screens.ts';

export interface WorkAreaProps {
  screen: ScreenId;
  project: ProjectInfo;
  selectedSourceId: number | null;
  onSelectSource(source: SourceSummary | null): void;
  onOpenSource(source: SourceSummary): void;
  // the Sources screen's import dialog is open (the native menu can open it too)
  importOpen: boolean;
  onImportOpenChange(open: boolean): void;
  notify(notice: Notice): void;
}

// Renders the screen the navigator points at.
export function WorkArea({ screen, project, selectedSourceId, onSelectSource, onOpenSource, importOpen, onImportOpenChange, notify }: WorkAreaProps) {
  switch (screen) {
    case 'sources':
      return (
        <SourcesScreen
          readOnly={project.readOnly}
          selectedId={selectedSourceId}
          onSelect={onSelectSource}
          onOpen={onOpenSource}
          importOpen={importOpen}
          onImportOpenChange={onImportOpenChange}
          notify={notify}
        />
      );
    case 'cases':
      return <CasesScreen />;
    case 'codebook':
      return <CodebookScreen />;
    case 'queries':
      return (
        <PlaceholderScreen title="Queries">
          Queries will gather everything coded at a node, compare it across roles, projects and rounds, search the words people used, and show
          where codes co-occur as a hint of tensions.
        </PlaceholderScreen>
      );
    case 'diagrams':
      return (
        <PlaceholderScreen title="Diagrams">
          Diagrams will draw a first-generation triangle per subject and the second-generation activity system, with tensions backed by coded
          evidence.
        </PlaceholderScreen>
      );
    case 'exports':
      return (
        <PlaceholderScreen title="Exports">
          Exports will write anonymised coded extracts to Word, grouped by the six questions with role-and-project attributions, together with
          the matrix and the diagrams.
        </PlaceholderScreen>
      );
  }
}
