import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LecternError } from '../../src/shared/errors';
import { SAMPLE_DIR, tempDir, tempWorkbench } from './helpers/tempProject';

test('empty, binary and unsupported files get a per-file reason while the others import', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), '  \n\n \t\n');
  writeFileSync(
    join(dir, 'photo.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  // A format Lectern does not read: skipped silently inside a folder, reported when named.
  const drawing = join(tempDir(), 'drawing.dwg');
  writeFileSync(drawing, 'AC1032 not a document');
  copyFileSync(join(SAMPLE_DIR, '000_3292b154d6053123.txt'), join(dir, 'good.txt'));
  const workbench = tempWorkbench();
  const report = await workbench.call('import-paths', { paths: [dir, drawing, join(dir, 'missing.txt')] });
  const byFile = Object.fromEntries(report.outcomes.map((o) => [o.file.split('/').pop(), o]));
  assert.equal(report.imported, 1);
  assert.equal(byFile['good.txt']!.status, 'imported');
  const reason = (name: string) => {
    const outcome = byFile[name]!;
    assert.equal(outcome.status, 'failed', name);
    return (outcome as { message: string }).message;
  };
  assert.match(reason('empty.txt'), /the file is empty/);
  assert.match(reason('blank.md'), /only white space/);
  assert.match(reason('photo.txt'), /binary file, not text/);
  assert.match(
    reason('drawing.dwg'),
    /\.dwg files are not supported\. Lectern imports \.txt.*save or export the document in one of those formats/,
  );
  assert.match(reason('missing.txt'), /No such file or folder/);
  assert.equal((await workbench.call('project-info', {})).document_count, 1);
});

test('a re-import of the same text is skipped as a duplicate, even with other line endings', async () => {
  const dir = tempDir();
  const original = join(SAMPLE_DIR, '002_be83c4c46d1d8234.txt');
  const workbench = tempWorkbench();
  const first = await workbench.call('import-paths', { paths: [original] });
  assert.equal(first.imported, 1);
  writeFileSync(join(dir, 'copy-crlf.txt'), readFileSync(original, 'utf8').replace(/\n/g, '\r\n'));
  const second = await workbench.call('import-paths', { paths: [original, join(dir, 'copy-crlf.txt')] });
  assert.equal(second.imported, 0);
  assert.equal(second.duplicates, 2);
  for (const outcome of second.outcomes) {
    assert.equal(outcome.status, 'duplicate');
    assert.match((outcome as { message: string }).message, /already in the project as document \d+/);
  }
});

test('the same text twice in one import lands once', async () => {
  const dir = tempDir();
  copyFileSync(join(SAMPLE_DIR, '003_b6ffdc464bd14f08.txt'), join(dir, 'a.txt'));
  copyFileSync(join(SAMPLE_DIR, '003_b6ffdc464bd14f08.txt'), join(dir, 'b.txt'));
  const workbench = tempWorkbench();
  const report = await workbench.call('import-paths', { paths: [dir] });
  assert.deepEqual([report.imported, report.duplicates], [1, 1]);
});

test('Windows-1252 and UTF-16 files are decoded, not garbled', async () => {
  const dir = tempDir();
  const text =
    'Außenminister Lawrow traf Bayramow in Moskau. Die Gespräche über den Konflikt dauerten zwei Stunden und wurden fortgesetzt.';
  writeFileSync(join(dir, 'latin.txt'), Buffer.from(text, 'latin1'));
  writeFileSync(
    join(dir, 'utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('Moskau', 'Baku'), 'utf16le')]),
  );
  const workbench = tempWorkbench();
  const report = await workbench.call('import-paths', { paths: [dir] });
  assert.equal(report.imported, 2, JSON.stringify(report.outcomes));
  for (const doc of await workbench.call('documents-list', {})) {
    const detail = await workbench.call('documents-get', { id: doc.id });
    assert.ok(detail.body.startsWith('Außenminister Lawrow'), detail.body);
    assert.equal(detail.language, 'de');
  }
});

test('uploads (browser file picker) import like files, with the same checks', async () => {
  const workbench = tempWorkbench();
  const data = readFileSync(join(SAMPLE_DIR, '004_edd3c2eb5472fc7c.txt')).toString('base64');
  const report = await workbench.call('import-uploads', {
    files: [
      { name: 'artikel.txt', data_base64: data },
      { name: 'leer.txt', data_base64: '' },
    ],
  });
  assert.equal(report.imported, 1);
  assert.equal(report.outcomes[1]!.status, 'failed');
  assert.equal((await workbench.call('documents-list', {}))[0]!.language, 'de');
});

test('when writing fails mid-import nothing of that import is kept', async () => {
  const workbench = tempWorkbench();
  await workbench.call('import-paths', { paths: [join(SAMPLE_DIR, '000_3292b154d6053123.txt')] });
  // Fault injection: the fourth insert fails, as a full disk would.
  workbench.db.exec(`CREATE TEMP TRIGGER fail_fourth BEFORE INSERT ON documents
    WHEN (SELECT count(*) FROM documents) >= 3 BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
  await assert.rejects(
    workbench.call('import-paths', { paths: [SAMPLE_DIR] }),
    (error: unknown) =>
      error instanceof LecternError &&
      error.code === 'import-failed' &&
      /rolled back and nothing was added/.test(error.message),
  );
  workbench.db.exec('DROP TRIGGER fail_fourth');
  assert.equal((await workbench.call('project-info', {})).document_count, 1);
  assert.equal(
    (await workbench.call('search', { query: 'Patel OR Mnatsakanjan' })).total,
    0,
    'the index holds nothing of the failed import',
  );
});

test('invalid arguments are refused at the boundary with the reason', async () => {
  const workbench = tempWorkbench();
  await assert.rejects(workbench.call('documents-get', { id: -1 }), /id must be a positive whole number/);
  await assert.rejects(
    workbench.call('documents-get', { id: 999 }),
    (e: unknown) => e instanceof LecternError && e.code === 'not-found',
  );
  await assert.rejects(workbench.call('import-paths', { paths: 'x' as never }), /paths must be a list/);
  await assert.rejects(
    workbench.call('documents-list', { sort: 'body; DROP TABLE documents' as never }),
    /sort must be/,
  );
});
