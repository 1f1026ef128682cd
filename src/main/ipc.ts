/**
 * The IPC half of the Api: one `ipcMain.handle` per command (from ipcChannels, which loops over the
 * contract's `commands`), and every engine event forwarded to the window. Errors never cross IPC
 * as exceptions — Electron would strip their code and detail — but as Envelopes.
 */
import { dialog, ipcMain, type BrowserWindow } from 'electron';
import { toErrorData, type Envelope } from '../shared/errors';
import { confinePaths } from '../core/project/confinePaths';
import type { Workbench } from '../core/workbench';
import type { AllowedFolders } from './allowedFolders';
import {
  CHOOSE_FOLDER_CHANNEL,
  DROPPED_PATH_CHANNEL,
  forwardedEvents,
  ipcRegistrations,
} from './ipcChannels';
import { isTrustedSender } from './security';
import type { AppOrigins } from './urlPolicy';

export interface IpcOptions {
  workbench: Workbench;
  /** The window allowed to call; anything else (a frame, another page) is refused. */
  getWindow: () => BrowserWindow | undefined;
  origins: AppOrigins;
  /** What `import-paths` and `notes-export-markdown` may name (dialogs, drops, the project). */
  allowed: AllowedFolders;
}

/** Registers every command and event; returns a function that undoes it (for shutdown). */
export function registerIpc({ workbench, getWindow, origins, allowed }: IpcOptions): () => void {
  const registrations = ipcRegistrations();
  for (const { command, channel } of registrations) {
    // The channel names the command, so an unknown name has no handler to reach.
    ipcMain.handle(channel, async (event, args: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event.sender, event.senderFrame, getWindow(), origins)) {
        return {
          ok: false,
          error: { code: 'invalid-argument', message: 'This page may not use the Lectern Api.' },
        };
      }
      try {
        // The renderer is untrusted: paths only where the user pointed; Workbench.call validates
        // `args` against the command's shape.
        confinePaths(command, args, allowed.list());
        return { ok: true, value: await workbench.call(command, (args ?? {}) as never) };
      } catch (error) {
        return { ok: false, error: toErrorData(error) };
      }
    });
  }

  const trusted = (event: Electron.IpcMainEvent | Electron.IpcMainInvokeEvent) =>
    isTrustedSender(event.sender, event.senderFrame, getWindow(), origins);
  ipcMain.on(DROPPED_PATH_CHANNEL, (event, path: unknown) => {
    // Sent by preload right after webUtils.getPathForFile: a page cannot forge a File's path.
    if (trusted(event) && typeof path === 'string' && path !== '') allowed.drop(path);
  });
  ipcMain.handle(CHOOSE_FOLDER_CHANNEL, async (event, title: unknown): Promise<string | null> => {
    const window = getWindow();
    if (!trusted(event) || !window) return null;
    const picked = await dialog.showOpenDialog(window, {
      title: typeof title === 'string' ? title.slice(0, 200) : 'Choose a folder',
      properties: ['openDirectory', 'createDirectory'],
    });
    const folder = picked.canceled ? undefined : picked.filePaths[0];
    if (!folder) return null;
    allowed.choose(folder);
    return folder;
  });

  const unsubscribers = forwardedEvents().map(({ event, channel }) =>
    workbench.on(event, (payload) => {
      const window = getWindow();
      if (window && !window.isDestroyed()) window.webContents.send(channel, payload);
    }),
  );

  return () => {
    for (const { channel } of registrations) ipcMain.removeHandler(channel);
    ipcMain.removeAllListeners(DROPPED_PATH_CHANNEL);
    ipcMain.removeHandler(CHOOSE_FOLDER_CHANNEL);
    for (const off of unsubscribers) off();
  };
}
