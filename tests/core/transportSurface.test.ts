// Both transports loop over the contract's one runtime list of commands, so they cannot drift from
// it — this test proves it: main registers an IPC channel for every command (checked through the
// electron-free ipcChannels module that ipc.ts loops over), and the real HTTP server answers every
// command (none with unknown-command / 404).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands, eventNames } from '../../src/shared/api';
import type { Envelope } from '../../src/shared/errors';
import { isServedAnswer, minimalArgs } from '../fixtures/minimalArgs';
import { Workbench } from '../../src/core/workbench';
import {
  forwardedEvents,
  ipcChannelFor,
  ipcRegistrations,
  registeredCommands,
} from '../../src/main/ipcChannels';
import { startServer } from '../../src/server/startServer';

test('IPC: main registers exactly the commands of the contract, each on its own channel', () => {
  assert.deepEqual([...registeredCommands()].sort(), [...commands].sort());
  const channels = ipcRegistrations().map((registration) => registration.channel);
  assert.equal(new Set(channels).size, commands.length, 'channel names must be unique');
  for (const { command, channel } of ipcRegistrations()) assert.equal(channel, ipcChannelFor(command));
});

test('IPC: main forwards every engine event to the renderer', () => {
  assert.deepEqual(
    forwardedEvents()
      .map((forwarded) => forwarded.event)
      .sort(),
    [...eventNames].sort(),
  );
  assert.equal(new Set(forwardedEvents().map((forwarded) => forwarded.channel)).size, eventNames.length);
});

test('HTTP: the server answers every command of the contract', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-transport-'));
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
    // The check above can fail: a name outside the contract is refused.
    const unknown = await post('no-such-command', {});
    assert.equal(unknown.status, 404);
    assert.ok(!unknown.envelope.ok && unknown.envelope.error.code === 'unknown-command');
  } finally {
    await server.close();
    workbench.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
