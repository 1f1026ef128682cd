// Faults in what Lectern writes or refuses: an export must never overwrite a researcher's own
// file, and auto-coding must never stop silently part-way through the hits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, tempWorkbench } from '../helpers/tempProject';

test('export refuses to overwrite a .md of the same name that Lectern did not write', async () => {
  const wb = tempWorkbench();
  await wb.call('notes-create', { title: 'Field notes' });
  const out = tempDir();
  const mine = join(out, 'Field notes.md');
  writeFileSync(mine, 'My own notes, written by hand.\n');
  await assert.rejects(
    wb.call('notes-export-markdown', { out_dir: out, links: 'wiki' }),
    /Nothing was exported: .* Field notes\.md/,
  );
  assert.equal(readFileSync(mine, 'utf8'), 'My own notes, written by hand.\n', 'the file is untouched');
});

test('exporting again into the same folder updates Lectern’s files, but not ones edited since', async () => {
  const wb = tempWorkbench();
  const note = await wb.call('notes-create', { title: 'Field notes' });
  const out = tempDir();
  await wb.call('notes-export-markdown', { out_dir: out, links: 'wiki' });
  await wb.call('notes-rename', { id: note.id, title: 'Field notes' });
  await wb.call('notes-create', { title: 'Second' });
  const again = await wb.call('notes-export-markdown', { out_dir: out, links: 'wiki' });
  assert.equal(again.notes, 2, 'a second export into the folder replaces what the first wrote');
  writeFileSync(join(out, 'Second.md'), 'Edited in Obsidian.\n');
  await assert.rejects(wb.call('notes-export-markdown', { out_dir: out, links: 'wiki' }), /Second\.md/);
  assert.equal(readFileSync(join(out, 'Second.md'), 'utf8'), 'Edited in Obsidian.\n');
});

test('auto-coding more than 20,000 hits says so instead of stopping silently', async () => {
  const wb = tempWorkbench();
  const text = `Many mentions\n\n${'alpha beta '.repeat(20_500)}end.\n`;
  await wb.call('import-uploads', {
    files: [{ name: 'many.txt', data_base64: Buffer.from(text).toString('base64') }],
  });
  const tag = await wb.call('tags-create', { name: 'Alpha' });
  await assert.rejects(
    wb.call('autocode-preview', { query: 'alpha', scope: 'match', tag_id: tag.id }),
    /matches more than 20,000 places/,
  );
  await assert.rejects(
    wb.call('autocode-apply', { query: 'alpha', scope: 'match', tag_id: tag.id }),
    /Narrow the search/,
  );
  const page = await wb.call('passages-list', { tag_id: tag.id });
  assert.equal(page.total, 0, 'nothing was coded part-way');
});
