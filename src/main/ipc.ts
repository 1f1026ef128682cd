/**
 * The IPC half of the Api: one `ipcMain.handle` per command (from ipcChannels, which loops over the
 * contract's `commands`), and every engine event forwarded to the window. Errors never cross IPC
 * as exceptions — Electron would strip their code and detail — but as Envelopes.
 */
import { ipcMain, type BrowserWindow } from 'electron';
import { toErrorData, type Envelope } from '../shared/errors';
import type { Workbench } from '../core/workbench';
import { forwardedEvents, ipcRegistrations } from './ipcChannels';
import { isTrustedSender } from './security';
import type { AppOrigins } from './urlPolicy';

export interface IpcOptions {
  workbench: Workbench;
  /** The window allowed to call; anything else (a frame, another page) is refused. */
  getWindow: () => BrowserWindow | undefined;
  origins: AppOrigins;
}

/** Registers every command and event; returns a function that undoes it (for shutdown). */
export function registerIpc({ workbench, getWindow, origins }: IpcOptions): () => void {
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
        // The renderer is untrusted: Workbench.call validates `args` against the command's shape.
        return { ok: true, value: await workbench.call(command, (args ?? {}) as never) };
      } catch (error) {
        return { ok: false, error: toErrorData(error) };
      }
    });
  }

  const unsubscribers = forwardedEvents().map(({ event, channel }) =>
    workbench.on(event, (payload) => {
      const window = getWindow();
      if (window && !window.isDestroyed()) window.webContents.send(channel, payload);
    }),
  );

  return () => {
    for (const { channel } of registrations) ipcMain.removeHandler(channel);
    for (const off of unsubscribers) off();
  };
}
