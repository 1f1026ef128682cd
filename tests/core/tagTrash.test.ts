// Deleting a tag was undoable only until the app restarted; the trash keeps it restorable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Workbench } from '../../src/core/workbench';
import { SAMPLE_DIR, tempDir } from './helpers/tempProject';

test('a deleted tag, its sub-tags and codings come back from the trash after a restart', async () => {
  const path = join(tempDir(), 'trash.lectern');
  const first = new Workbench(path);
  await first.call('import-paths', { paths: [SAMPLE_DIR] });
  const actors = await first.call('tags-create', { name: 'Actors', color: '#1c7ed6', memo: 'Who acts' });
  const russia = await first.call('tags-create', { name: 'Russia', parent_id: actors.id });
  await first.call('passages-create', { document_id: 1, start: 0, end: 10, tag_ids: [actors.id] });
  await first.call('passages-create', { document_id: 2, start: 5, end: 20, tag_ids: [russia.id] });
  assert.deepEqual(await first.call('tags-delete', { id: actors.id }), { tags: 2, codings: 2 });
  first.close();

  const second = new Workbench(path); // a restart: the session's undo history is gone
  await assert.rejects(second.call('coding-undo', {}), /Nothing to undo/);
  const [entry] = await second.call('tags-trash-list', {});
  assert.ok(entry);
  assert.deepEqual([entry.name, entry.tags, entry.codings], ['Actors', 2, 2]);
  const tags = await second.call('tags-trash-restore', { id: entry.id });
  const restored = tags.find((t) => t.name === 'Actors')!;
  assert.deepEqual(
    [restored.id, restored.color, restored.memo, restored.total],
    [actors.id, '#1c7ed6', 'Who acts', 2],
  );
  assert.equal(tags.find((t) => t.name === 'Russia')?.parent_id, actors.id);
  assert.deepEqual(await second.call('tags-trash-list', {}), []);
  // The restore is itself one undoable step: undo puts it back in the trash.
  await second.call('coding-undo', {});
  assert.equal((await second.call('tags-list', {})).length, 0);
  assert.equal((await second.call('tags-trash-list', {})).length, 1);
  second.close();
});

test('undoing a delete in the session also empties its trash entry; a name taken meanwhile is kept apart', async () => {
  const path = join(tempDir(), 'trash2.lectern');
  const wb = new Workbench(path);
  const tag = await wb.call('tags-create', { name: 'Border' });
  await wb.call('tags-delete', { id: tag.id });
  await wb.call('coding-undo', {});
  assert.deepEqual(await wb.call('tags-trash-list', {}), []);
  await wb.call('tags-delete', { id: tag.id });
  await wb.call('tags-create', { name: 'Border' });
  const [entry] = await wb.call('tags-trash-list', {});
  const tags = await wb.call('tags-trash-restore', { id: entry!.id });
  assert.deepEqual(tags.map((t) => t.name).sort(), ['Border', 'Border (restored)']);
  wb.close();
});
