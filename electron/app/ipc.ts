// Binds the API contract to ipcMain: one invoke channel, checked for sender (our main
// window's top frame on app://activity-lens) before the host's dispatch validates
// the input against the contract. Events go back on one channel.
import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { ApiEvent, ApiResponse } from '../../shared/api.ts';
import type { AppHost } from './app-host.ts';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, isAllowedIpcSenderUrl } from './window-config.ts';

export interface IpcBindingOptions {
  host: AppHost;
  // the window whose page may call the host (null while there is none)
  getMainWindow(): BrowserWindow | null;
}

const UNAUTHORISED: ApiResponse = {
  ok: false,
  error: { code: 'UNAUTHORISED', message: 'This request did not come from the Activity Lens window and was refused.' },
};

// Tells whether an invoke came from the main window's top frame on our app:// origin.
export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  if (win === null || win.isDestroyed() || event.sender !== win.webContents) return false;
  try {
    // senderFrame is null (or throws) once the frame has navigated away or gone
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAllowedIpcSenderUrl(frame.url);
  } catch {
    return false;
  }
}

// Registers the al:call handler; returns a function that removes it.
export function bindIpc(options: IpcBindingOptions): () => void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<ApiResponse> => {
    if (!isTrustedSender(event, options.getMainWindow())) return UNAUTHORISED;
    try {
      return await options.host.dispatch(typeof method === 'string' ? method : '', input);
    } catch (error) {
      console.error('dispatch failed', error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong in the app. Nothing was changed.' } };
    }
  });
  return () => ipcMain.removeHandler(IPC_CALL_CHANNEL);
}

// Sends one event to the page in a window (dropped when there is no live app:// page).
export function sendEvent(win: BrowserWindow | null, event: ApiEvent): void {
  if (win === null || win.isDestroyed() || win.webContents.isDestroyed()) return;
  // only our own page hears events (navigation away is blocked; this is belt and braces)
  if (!isAllowedIpcSenderUrl(win.webContents.getURL())) return;
  win.webContents.send(IPC_EVENT_CHANNEL, event);
}
