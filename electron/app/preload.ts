// The sandboxed preload: exposes one small typed object, window.activityLens, and
// nothing else. Bundled to one CommonJS file (scripts/build-electron.mjs).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ApiEvent } from '../../shared/api.ts';
import type { ActivityLensBridge } from './bridge-types.ts';
// bundled in, so the preload still requires nothing but electron
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from './ipc-channels.ts';

const bridge: ActivityLensBridge = {
  call(method, input) {
    // the main process validates method and input against the contract
    return ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input);
  },
  onEvent(listener) {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    // the IpcRendererEvent (with its sender) never reaches the page: only the payload does
    const wrapped = (_event: IpcRendererEvent, payload: ApiEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
    };
  },
  getPathForFile(file) {
    return webUtils.getPathForFile(file);
  },
  binding: 'electron',
};

contextBridge.exposeInMainWorld('activityLens', bridge);
