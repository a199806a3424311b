// What the frame gives every screen.
import type { ProjectInfo } from '../../../shared/model/entities.ts';
import type { Notice } from './notice-bar.tsx';

export interface ScreenProps {
  project: ProjectInfo;
  notify(notice: Notice): void;
}
