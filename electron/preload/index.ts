// The preload: exposes exactly the platform contract as `window.desk`, each function a thin call over
// IPC. No ipcRenderer, no Node, nothing else crosses into the page.

import { contextBridge, ipcRenderer } from 'electron';
import { encodePlatformErrorMessage } from '../../shared/errors';
import {
  type EventChannel,
  eventChannels,
  type InvokeChannel,
  type IpcEnvelope,
  type IpcEvent,
  type IpcReply,
  type IpcRequest,
} from '../../shared/ipc';
import { PLATFORM_GLOBAL, type Platform } from '../../shared/platform';

async function invoke<C extends InvokeChannel>(channel: C, request: IpcRequest<C>): Promise<IpcReply<C>> {
  const envelope = (await ipcRenderer.invoke(channel, request)) as IpcEnvelope<IpcReply<C>>;
  if (envelope.ok) return envelope.value;
  // Only the message survives contextBridge; it carries the code for the renderer to decode.
  throw new Error(encodePlatformErrorMessage(envelope.error.code, envelope.error.message));
}

function subscribe<C extends EventChannel>(channel: C, listener: (payload: IpcEvent<C>) => void) {
  const schema = eventChannels[channel];
  const wrapped = (_event: unknown, payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) listener(parsed.data as IpcEvent<C>);
  };
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

export const desk: Platform = {
  openFile: (request) => invoke('desk:open-file', request),
  saveFile: (request) => invoke('desk:save-file', request),
  appInfo: () => invoke('desk:app-info', {}),
  confirm: async (request) => (await invoke('desk:confirm', request)).confirmed,
  openExternal: async (url) => (await invoke('desk:open-external', { url })).opened,
  onOpenDossierFile: (listener) => subscribe('desk:open-dossier-file', listener),
  setAvailableCommands: async (commands) => {
    await invoke('desk:available-commands', { available: [...commands] });
  },
  systemLanguages: async () => (await invoke('desk:system-languages', {})).languages,
  setMenuLabels: async (labels) => {
    await invoke('desk:menu-labels', labels);
  },
  onMenuCommand: (listener) => subscribe('desk:menu-command', (event) => listener(event.command)),
  onBeforeClose: (listener) =>
    subscribe('desk:before-close', () => {
      void Promise.resolve()
        .then(listener)
        .finally(() => invoke('desk:close-ready', {}));
    }),
};

contextBridge.exposeInMainWorld(PLATFORM_GLOBAL, desk);
