// React hooks over the host's event channel.
import { useEffect, useRef } from 'react';
import type { ApiEvent, MenuCommand } from '../../shared/api.ts';
import { onEvent } from '../api.ts';

// Calls the latest handler for every event from the host while the component is mounted.
export function useApiEvent(handler: (event: ApiEvent) => void): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => onEvent((event) => ref.current(event)), []);
}

// Calls the latest handler for every command of the native (Electron) menu.
export function useMenuCommand(handler: (command: MenuCommand) => void): void {
  useApiEvent((event) => {
    if (event.type === 'menu') handler(event.command);
  });
}
