// What the Queries screen gives each of its tabs.
import type { NodeRecord, ProjectInfo } from '../../../shared/model/entities.ts';
import type { QueryDefinition, QueryFacets } from '../../../shared/model/queries.ts';
import type { Notice } from '../frame/notice-bar.tsx';

export interface QueryTabProps {
  project: ProjectInfo;
  notify(notice: Notice): void;
  nodes: readonly NodeRecord[];
  facets: QueryFacets | undefined;
  // prefix of sticky-state keys (per project)
  keyPrefix: string;
  // a saved query to load and run (once)
  pending: QueryDefinition | null;
  onPendingTaken(): void;
  // the coder new codings record (chosen in the coding view), or null
  coderId: number | null;
}
