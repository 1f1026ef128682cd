/**
 * Exposes `window.lectern`, the page's only way out: a raw transport the renderer's api client
 * wraps. Sandboxed preload — only Electron's renderer modules exist here; the small runtime lists
 * from shared/ are bundled in by electron-vite. Nothing Electron-specific (events, ipcRenderer)
 * leaks into the page: it gets plain data and plain functions.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { eventNames, isCommand, type Bridge, type EventName } from '../shared/api';
import type { Envelope } from '../shared/errors';
import {
  CHOOSE_FOLDER_CHANNEL,
  DROPPED_PATH_CHANNEL,
  eventChannelFor,
  ipcChannelFor,
} from '../main/ipcChannels';

const bridge = {
  async invoke(command: string, args: unknown): Promise<Envelope<unknown>> {
    if (!isCommand(command)) {
      return { ok: false, error: { code: 'unknown-command', message: `Unknown command "${command}".` } };
    }
    try {
      return (await ipcRenderer.invoke(ipcChannelFor(command), args)) as Envelope<unknown>;
    } catch (error) {
      // Only when IPC itself fails (main gone, no handler); main returns errors as Envelopes.
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: { code: 'internal', message: `Lectern's engine did not answer: ${message}` },
      };
    }
  },

  subscribe(event: string, listener: (payload: unknown) => void): () => void {
    if (!isEventName(event)) throw new Error(`Unknown event "${event}".`);
    const channel = eventChannelFor(event);
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },

  pathForFile(file: object): string {
    // File objects cannot be type-checked across the context bridge; Electron throws on non-Files.
    const path = webUtils.getPathForFile(file as File);
    // A real dropped file: main may let import-paths read it (a page cannot forge this).
    if (path) ipcRenderer.send(DROPPED_PATH_CHANNEL, path);
    return path;
  },

  async chooseFolder(title: string): Promise<string | null> {
    return (await ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL, title)) as string | null;
  },
} satisfies Bridge;

function isEventName(name: string): name is EventName {
  return (eventNames as readonly string[]).includes(name);
}

contextBridge.exposeInMainWorld('lectern', bridge);
