// The screens of an open project, in navigator order (Ctrl+1..8 follow this order).
import type { MenuCommand } from '../../../shared/api.ts';

export type ScreenId = 'sources' | 'cases' | 'codebook' | 'queries' | 'diagrams' | 'contradictions' | 'exports' | 'team';

export interface ScreenDef {
  id: ScreenId;
  label: string;
  menuCommand: MenuCommand;
}

export const SCREENS: readonly ScreenDef[] = [
  { id: 'sources', label: 'Sources', menuCommand: 'navigate-sources' },
  { id: 'cases', label: 'Cases', menuCommand: 'navigate-cases' },
  { id: 'codebook', label: 'Codebook', menuCommand: 'navigate-codebook' },
  { id: 'queries', label: 'Queries', menuCommand: 'navigate-queries' },
  { id: 'diagrams', label: 'Diagrams', menuCommand: 'navigate-diagrams' },
  { id: 'contradictions', label: 'Contradictions', menuCommand: 'navigate-contradictions' },
  { id: 'exports', label: 'Exports', menuCommand: 'navigate-exports' },
  { id: 'team', label: 'Team', menuCommand: 'navigate-team' },
];

// Finds the screen a navigate-* menu command goes to.
export function screenForCommand(command: MenuCommand): ScreenId | null {
  return SCREENS.find((s) => s.menuCommand === command)?.id ?? null;
}
