// The CSS custom properties the frame and the coding view set for their resizable panes.
import 'react';

declare module 'react' {
  interface CSSProperties {
    '--nav-width'?: string;
    '--inspector-width'?: string;
    '--coding-panel-width'?: string;
  }
}
