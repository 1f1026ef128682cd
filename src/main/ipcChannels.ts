/**
 * IPC channel names, shared by main (which registers them) and preload (which calls them).
 * Pure data with no 'electron' import, so a Node test can prove every command is registered.
 */
import { commands, eventNames, type Command, type EventName } from '../shared/api';

/** One channel per command: a command with no handler cannot be reached at all. */
export function ipcChannelFor(command: Command): string {
  return `lectern:invoke:${command}`;
}

/** One channel per pushed event, main → renderer. */
export function eventChannelFor(event: EventName): string {
  return `lectern:event:${event}`;
}

export interface IpcRegistration {
  command: Command;
  channel: string;
}

/** Every `ipcMain.handle` main makes, derived from the contract's runtime list of commands. */
export function ipcRegistrations(): IpcRegistration[] {
  return commands.map((command) => ({ command, channel: ipcChannelFor(command) }));
}

/** The commands main answers over IPC (what the transport test compares with `commands`). */
export function registeredCommands(): Command[] {
  return ipcRegistrations().map((registration) => registration.command);
}

/** Every event main forwards to the renderer. */
export function forwardedEvents(): Array<{ event: EventName; channel: string }> {
  return eventNames.map((event) => ({ event, channel: eventChannelFor(event) }));
}

/** Preload → main: a path the user dropped on the window (from a real File), to allow it. */
export const DROPPED_PATH_CHANNEL = 'lectern:dropped-path';
/** Renderer → main: show a native folder dialog; the chosen folder is allowed. */
export const CHOOSE_FOLDER_CHANNEL = 'lectern:choose-folder';
