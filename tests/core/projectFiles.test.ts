import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Workbench } from '../../src/core/workbench';
import { SAMPLE_DIR, tempDir } from './helpers/tempProject';

test('projects as files: create, switch, rename, save a copy, and the recent list', async () => {
  const home = tempDir();
  process.env.LECTERN_HOME = home;
  const first = join(home, 'projects', 'Thesis.lectern');
  mkdirSync(join(home, 'projects'));
  const wb = new Workbench(first);
  try {
    await wb.call('import-paths', { paths: [SAMPLE_DIR] });
    const changes: string[] = [];
    wb.on('on-project-changed', ({ path }) => changes.push(path));

    const created = await wb.call('projects-create', { name: 'Pilot study' });
    assert.equal(created.path, join(home, 'projects', 'Pilot study.lectern'));
    assert.equal(
      (await wb.call('project-info', {})).document_count,
      0,
      'the engine now serves the new, empty project',
    );
    await assert.rejects(wb.call('projects-create', { name: 'Pilot study' }), /already exists/);

    await wb.call('projects-open', { path: first });
    assert.equal((await wb.call('project-info', {})).document_count, 5, 'switched back');
    await assert.rejects(wb.call('projects-open', { path: join(home, 'nope.lectern') }), /does not exist/);
    assert.equal((await wb.call('project-info', {})).path, first, 'a failed open leaves the project open');

    const renamed = await wb.call('projects-rename', { name: 'Thesis: final' });
    assert.equal(renamed.name, 'Thesis final', 'characters file systems refuse are dropped');
    assert.ok(!existsSync(first) && existsSync(renamed.path));
    assert.equal((await wb.call('project-info', {})).document_count, 5);

    const copy = await wb.call('projects-save-copy', { name: 'Thesis backup' });
    assert.equal(copy.current, false, 'Save a copy stays on the project');
    const opened = new Workbench(copy.path);
    assert.equal((await opened.call('project-info', {})).document_count, 5, 'the copy is a whole project');
    opened.close();
    await assert.rejects(wb.call('projects-save-copy', { name: 'Thesis backup' }), /does not overwrite/);

    const { projects } = await wb.call('projects-list', {});
    assert.deepEqual(
      projects.map((p) => [p.name, p.current, p.exists]),
      [
        ['Thesis final', true, true],
        ['Pilot study', false, true],
        ['Thesis backup', false, true],
      ],
    );
    assert.deepEqual(changes, [created.path, first, renamed.path]);
  } finally {
    wb.close();
    delete process.env.LECTERN_HOME;
  }
});
