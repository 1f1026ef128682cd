import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { Workbench } from '../../src/core/workbench';
import { REPO_ROOT, tempDir } from './helpers/tempProject';

// A child process plays an editor autosaving a note as someone types (a save per "pause"); it is
// killed with SIGKILL mid-session. The note must hold exactly the last state the child reported
// saved (or a later one it was saving), the project must pass SQLite's integrity check, and the
// derived search index must agree with the note.
test(
  'kill -9 during an autosaving session keeps the last saved state intact',
  { timeout: 60_000 },
  async () => {
    const db = join(tempDir(), 'project.lectern');
    const setup = new Workbench(db);
    const { id } = await setup.call('notes-create', { title: 'Typing' });
    setup.close();
    const script = `
    const { Workbench } = require(${JSON.stringify(join(REPO_ROOT, 'src/core/workbench.ts'))});
    const wb = new Workbench(${JSON.stringify(db)});
    const words = [];
    (async () => {
      for (let i = 0; ; i++) {
        words.push('word' + i);
        const json = JSON.stringify({ root: { type: 'root', version: 1, children: [
          { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: words.join(' '), format: 0 }] }] } });
        await wb.call('notes-save', { id: ${id}, lexical_json: json });
        process.stdout.write('SAVED ' + i + '\\n');
      }
    })();
  `;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let lastSaved = -1;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        for (const match of chunk.toString().matchAll(/SAVED (\d+)/g)) lastSaved = Number(match[1]);
        if (lastSaved >= 200 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    assert.ok(lastSaved >= 200, 'the child saved a few hundred times before the kill');

    const workbench = new Workbench(db);
    assert.equal(workbench.db.pragma('integrity_check', { simple: true }), 'ok');
    const note = await workbench.call('notes-get', { id });
    const words =
      note.excerpt.length > 0
        ? (JSON.parse(note.lexical_json).root.children[0].children[0].text as string).split(' ')
        : [];
    const savedIndex = words.length - 1;
    assert.ok(
      savedIndex === lastSaved || savedIndex === lastSaved + 1,
      `saved through word ${savedIndex}, the child reported ${lastSaved}`,
    );
    assert.deepEqual(
      (await workbench.call('notes-list', { query: `word${savedIndex}` })).map((n) => n.id),
      [id],
      'the search index has the last saved text',
    );
    workbench.close();
  },
);
