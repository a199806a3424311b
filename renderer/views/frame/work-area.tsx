// The central work area: shows the active screen.
import type { ProjectInfo, SourceSummary } from '../../../shared/model/entities.ts';
import { CasesScreen } from '../cases/cases-screen.tsx';
import { CodebookScreen } from '../codebook/codebook-screen.tsx';
import { CodingView } from '../coding/coding-view.tsx';
import { ContradictionsScreen } from '../contradictions/contradictions-screen.tsx';
import type { OpenSourceRequest } from '../coding/open-source.ts';
import { DiagramsScreen } from '../diagrams/diagrams-screen.tsx';
import { ExportsScreen } from '../exports/exports-screen.tsx';
import { QueriesScreen } from '../queries/queries-screen.tsx';
import { SourcesScreen } from '../sources/sources-screen.tsx';
import { TeamScreen } from '../team/team-screen.tsx';
import type { Notice } from './notice-bar.tsx';
import type { ScreenId } from './screens.ts';
import { useFocusKeptOnScreenChange } from './use-screen-focus.ts';

export interface WorkAreaProps {
  screen: ScreenId;
  project: ProjectInfo;
  selectedSourceId: number | null;
  onSelectSource(source: SourceSummary | null): void;
  onOpenSource(source: SourceSummary): void;
  // the source open in the coding view (instead of the sources list), and the way back
  openedSource: OpenSourceRequest | null;
  onCloseSource(): void;
  // the Sources screen's import dialog is open (the native menu can open it too)
  importOpen: boolean;
  onImportOpenChange(open: boolean): void;
  notify(notice: Notice): void;
}

// Renders the screen the navigator points at.
export function WorkArea({ screen, project, selectedSourceId, onSelectSource, onOpenSource, openedSource, onCloseSource, importOpen, onImportOpenChange, notify }: WorkAreaProps) {
  useFocusKeptOnScreenChange(`${screen}:${openedSource?.sourceId ?? ''}`);
  switch (screen) {
    case 'sources':
      if (openedSource) return <CodingView key={openedSource.sourceId} project={project} request={openedSource} onBack={onCloseSource} notify={notify} />;
      return (
        <SourcesScreen
          projectGuid={project.guid}
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
      return <CasesScreen project={project} notify={notify} />;
    case 'codebook':
      return <CodebookScreen project={project} notify={notify} />;
    case 'queries':
      return <QueriesScreen project={project} notify={notify} />;
    case 'diagrams':
      return <DiagramsScreen project={project} notify={notify} />;
    case 'contradictions':
      return <ContradictionsScreen project={project} notify={notify} />;
    case 'exports':
      return <ExportsScreen project={project} notify={notify} />;
    case 'team':
      return <TeamScreen project={project} notify={notify} />;
  }
}
