import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { LecternError } from '../../src/shared/errors';
import { Workbench } from '../../src/core/workbench';
import { tempDir, tempWorkbench } from './helpers/tempProject';

test('saved searches live in the project: kept across opening it again, absent from another project', async () => {
  const path = join(tempDir(), 'project.lectern');
  let workbench = new Workbench(path);
  const first = await workbench.call('saved-searches-save', { query: '  Lavrov lang:de  ' });
  assert.equal(first.name, 'Lavrov lang:de', 'named after the query by default');
  await workbench.call('saved-searches-save', { query: 'tag:Diplomacy date:2022', name: 'Diplomacy 2022' });
  // The same name in another case takes the new query instead of a second entry.
  await workbench.call('saved-searches-save', {
    query: 'tag:Diplomacy date:2022-06',
    name: 'diplomacy 2022',
  });
  await assert.rejects(
    workbench.call('saved-searches-save', { query: 'lang:german' }),
    (error: unknown) => error instanceof LecternError && /not a language code/.test(error.message),
    'a query with a mistake is not saved',
  );
  workbench.close();

  workbench = new Workbench(path);
  const saved = await workbench.call('saved-searches-list', {});
  assert.deepEqual(
    saved.map(({ name, query }) => [name, query]),
    [
      ['Diplomacy 2022', 'tag:Diplomacy date:2022-06'],
      ['Lavrov lang:de', 'Lavrov lang:de'],
    ],
  );
  await workbench.call('saved-searches-delete', { id: first.id });
  assert.deepEqual(
    (await workbench.call('saved-searches-list', {})).map((item) => item.name),
    ['Diplomacy 2022'],
  );
  workbench.close();

  const other = tempWorkbench();
  assert.deepEqual(await other.call('saved-searches-list', {}), []);
});
