// Both transports serve every command of the contract, proven on the real code: main's
// registerIpc (src/main/ipc.ts) is run against a stand-in for Electron's ipcMain that records each
// `handle` — then every recorded handler is called as the window would call it and must answer
// with the engine's own reply; and the real HTTP server is asked for every command. A command
// missing from either transport, or a transport answering for a name outside the contract,
// fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { commands, eventNames } from '../../src/shared/api';
import type { Envelope } from '../../src/shared/errors';
import { isServedAnswer, minimalArgs } from '../fixtures/minimalArgs';
import { Workbench } from '../../src/core/workbench';
import { AllowedFolders } from '../../src/main/allowedFolders';
import { APP_INDEX_URL } from '../../src/main/urlPolicy';
import { startServer } from '../../src/server/startServer';
import { tempDir } from './helpers/tempProject';

type Handler = (event: unknown, args: unknown) => Promise<Envelope<unknown>>;

/** Loads src/main/ipc.ts with `electron` answered by a recorder of ipcMain calls. */
function loadIpcWithRecorder() {
  const handled = new Map<string, Handler>();
  const listened: string[] = [];
  const electron = {
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        assert.ok(!handled.has(channel), `${channel} registered twice`);
        handled.set(channel, handler);
      },
      on: (channel: string) => listened.push(channel),
      removeHandler: (channel: string) => handled.delete(channel),
      removeAllListeners: () => undefined,
    },
    dialog: {},
  };
  const load = createRequire(__filename);
  const electronPath = load.resolve('electron');
  load.cache[electronPath] = { exports: electron } as NodeJS.Module;
  const ipc = load('../../src/main/ipc.ts') as typeof import('../../src/main/ipc');
  return { ipc, handled, listened };
}

test('IPC: src/main/ipc.ts registers a handler for every command, and each reaches the engine', async () => {
  const { ipc, handled } = loadIpcWithRecorder();
  const dir = tempDir();
  const workbench = new Workbench(join(dir, 'project.lectern'));
  const sender = { id: 1 };
  const window = { isDestroyed: () => false, webContents: sender as unknown };
  const forwarded: string[] = [];
  (window.webContents as { send: (channel: string) => void }).send = (channel: string) =>
    forwarded.push(channel);
  const dispose = ipc.registerIpc({
    workbench,
    getWindow: () => window as never,
    origins: { rendererDir: join(dir, 'renderer') },
    allowed: new AllowedFolders(workbench.path, join(dir, 'allowed.json')),
  });
  try {
    const commandChannels = [...handled.keys()].filter((channel) => channel.startsWith('lectern:invoke:'));
    assert.deepEqual(
      commandChannels.map((channel) => channel.slice('lectern:invoke:'.length)).sort(),
      [...commands].sort(),
      'one IPC handler per command of the contract, no more',
    );
    const event = { sender, senderFrame: { url: APP_INDEX_URL, parent: null } };
    const args = minimalArgs();
    for (const command of commands) {
      const envelope = await handled.get(`lectern:invoke:${command}`)!(event, args[command]);
      assert.ok(isServedAnswer(envelope), `${command}: ${JSON.stringify(envelope)}`);
    }
    // The check can fail: a frame that is not our page is refused before the engine is asked.
    const foreign = { sender, senderFrame: { url: 'https://evil.example/', parent: null } };
    const refused = await handled.get('lectern:invoke:tags-list')!(foreign, {});
    assert.equal(refused.ok, false);
    // Every engine event is forwarded to the window.
    await workbench.call('tags-create', { name: 'Forwarded' });
    assert.ok(forwarded.includes('lectern:event:on-coding-changed'), forwarded.join());
    assert.equal(eventNames.length, 5);
  } finally {
    dispose();
    workbench.close();
  }
});

test('HTTP: the server answers every command of the contract, and nothing else', async () => {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Lectern</title>');
  const workbench = new Workbench(join(dir, 'project.lectern'));
  const server = await startServer({ workbench, staticDir, token: 'transport-test' });
  const post = async (command: string, args: unknown) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/${command}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lectern-token': 'transport-test' },
      body: JSON.stringify(args),
    });
    return { status: response.status, envelope: (await response.json()) as Envelope<unknown> };
  };
  const args = minimalArgs();
  try {
    for (const command of commands) {
      const { status, envelope } = await post(command, args[command]);
      assert.notEqual(status, 404, `${command} is not served over HTTP`);
      // On an empty project a command may answer not-found; it must be the engine answering.
      assert.ok(isServedAnswer(envelope), `${command}: ${JSON.stringify(envelope)}`);
    }
    const unknown = await post('no-such-command', {});
    assert.equal(unknown.status, 404);
    assert.ok(!unknown.envelope.ok && unknown.envelope.error.code === 'unknown-command');
  } finally {
    await server.close();
    workbench.close();
  }
});
