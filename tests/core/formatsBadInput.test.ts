import assert from 'node:assert/strict';
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ImportReport } from '../../src/shared/model';
import type { Workbench } from '../../src/core/workbench';
import { makeDocx, makeZip } from '../fixtures/formats/makeZip';
import { tempDir, tempWorkbench } from './helpers/tempProject';

const ARTICLE =
  'The district council met on Tuesday to discuss the water licences.\n\nFarmers asked for the release schedule to be published before the irrigation season.';

async function importDir(
  files: Record<string, string | Uint8Array>,
): Promise<{ workbench: Workbench; report: ImportReport; reason: (name: string) => string }> {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  const workbench = tempWorkbench();
  const report = await workbench.call('import-paths', { paths: [dir] });
  const good = report.outcomes.find((o) => o.file.endsWith('good.txt'));
  assert.equal(good?.status, 'imported', 'the rest of the import completes');
  const reason = (name: string) => {
    const outcome = report.outcomes.find((o) => o.file.endsWith(`/${name}`));
    assert.ok(outcome, `${name} is reported`);
    assert.equal(outcome.status, 'failed', `${name}: ${JSON.stringify(outcome)}`);
    return outcome.message;
  };
  return { workbench, report, reason };
}

test('zip bombs are refused, by stated ratio and by sizes that lie, without unpacking them', async () => {
  const zeros = Buffer.alloc(40 * 1024 * 1024);
  const started = performance.now();
  const { reason } = await importDir({
    'ratio-bomb.zip': makeZip([{ name: 'a.txt', data: zeros }]),
    'lying-bomb.zip': makeZip([{ name: 'a.txt', data: zeros, statedSize: 2000 }]),
    'lying-bomb.docx': makeZip([
      { name: 'word/document.xml', data: zeros, statedSize: 4000 },
      { name: '[Content_Types].xml', data: '<Types/>' },
    ]),
  });
  for (const name of ['ratio-bomb.zip', 'lying-bomb.zip', 'lying-bomb.docx']) {
    assert.match(
      reason(name),
      new RegExp(`${name.replace('.', '\\.')} would unpack to far more than it holds \\(a "zip bomb"`),
    );
  }
  assert.ok(performance.now() - started < 30_000, 'refused quickly');
});

test('zip slip: an archive with a path leaving it is refused, naming the path', async () => {
  const { reason } = await importDir({
    'slip.zip': makeZip([
      { name: 'ok.txt', data: ARTICLE.replace('Tuesday', 'Monday') },
      { name: '../../../home/user/.bashrc.txt', data: 'echo pwned' },
    ]),
    'absolute.zip': makeZip([{ name: '/etc/cron.d/job.txt', data: 'x' }]),
    'windows.zip': makeZip([{ name: 'docs\\..\\..\\evil.txt', data: 'x' }]),
  });
  assert.match(
    reason('slip.zip'),
    /contains the path "\.\.\/\.\.\/\.\.\/home\/user\/\.bashrc\.txt", which points outside the archive \(a "zip slip"\)/,
  );
  assert.match(reason('absolute.zip'), /points outside the archive/);
  assert.match(reason('windows.zip'), /points outside the archive/);
});

test('broken, protected and empty office files and archives get a reason each', async () => {
  const docx = makeDocx(['# Title', 'Some text of the document that goes on for a while.']);
  const ole = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(2000),
  ]);
  const encrypted = makeZip([{ name: 'secret.txt', data: ARTICLE }]);
  encrypted.writeUInt16LE(0x801, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8); // "encrypted" flag
  const { reason } = await importDir({
    'locked.docx': ole,
    'truncated.docx': docx.subarray(0, Math.floor(docx.length / 2)),
    'empty.docx': new Uint8Array(),
    'notes.docx': 'I am plain text with the wrong extension.',
    'locked.zip': encrypted,
    'truncated.zip': encrypted.subarray(0, 40),
    'nothing.zip': makeZip([{ name: 'photo.png', data: Buffer.from([0x89, 0x50]) }]),
    'broken.epub': makeZip([{ name: 'mimetype', data: 'application/epub+zip' }]),
    'broken.odt': makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }]),
    'broken.rtf': 'This is not RTF at all.',
    'empty.eml': '',
    'binary.txt': Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80]),
  });
  assert.match(reason('locked.docx'), /protected by a password.*Save As/);
  assert.match(reason('truncated.docx'), /not a complete zip archive \(it may be cut off or damaged\)/);
  assert.match(reason('empty.docx'), /empty/);
  assert.match(reason('notes.docx'), /not a Word document/);
  assert.match(reason('locked.zip'), /protected by a password/);
  assert.match(reason('truncated.zip'), /not a complete zip archive/);
  assert.match(reason('nothing.zip'), /holds no file Lectern can read/);
  assert.match(reason('broken.epub'), /not a readable EPUB/);
  assert.match(reason('broken.odt'), /not an OpenDocument text/);
  assert.match(reason('broken.rtf'), /not an RTF file/);
  assert.match(reason('empty.eml'), /empty/);
  assert.match(reason('binary.txt'), /binary file/);
});

test('a 50 MB HTML page does not stall the import: read in one bounded pass, with a warning', async () => {
  const paragraph =
    '<div class="post"><p>Line of a very long forum thread about the water dispute in the valley, posted again and again.</p></div>\n';
  const page = `<html lang="en"><head><title>Endless thread</title><meta property="og:site_name" content="Valley Forum"></head><body><nav>Home Forum</nav>${paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length))}</body></html>`;
  assert.ok(page.length >= 50 * 1024 * 1024);
  const started = performance.now();
  const { report, workbench } = await importDir({ 'huge.html': page });
  const seconds = (performance.now() - started) / 1000;
  assert.ok(seconds < 120, `took ${seconds.toFixed(0)} s`);
  const outcome = report.outcomes.find((o) => o.file.endsWith('huge.html'))!;
  assert.equal(outcome.status, 'imported', JSON.stringify(outcome).slice(0, 300));
  assert.match(
    outcome.warning ?? '',
    /The page is 5\d MB, so its text was read without article extraction and cut after/,
  );
  const doc = await workbench.call('documents-get', { id: outcome.id });
  assert.equal(doc.title, 'Endless thread');
  assert.equal(doc.source, 'Valley Forum');
});

test('file names in NFC and NFD and in non-Latin scripts import and are reported by their own names', async () => {
  const names = {
    ['Straße café (NFC).txt'.normalize('NFC')]: 'Café',
    ['Straße café (NFD).txt'.normalize('NFD')]: 'Kaffee',
    'Лавров встреча.txt': 'Встреча',
    '東京の記者会見.html': 'Tokyo',
    'مقال.rtf': 'Arabic',
  };
  const files: Record<string, string> = {};
  for (const [name, word] of Object.entries(names)) {
    const text = `${word}: ${ARTICLE.replace('Tuesday', name)}`;
    files[name] = name.endsWith('.html')
      ? `<html><body><p>${text}</p></body></html>`
      : name.endsWith('.rtf')
        ? `{\\rtf1\\ansi ${text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0)}?`).replace(/\n/g, '\\par ')}}`
        : text;
  }
  const { report } = await importDir(files);
  for (const name of Object.keys(names)) {
    const outcome = report.outcomes.find((o) => o.file.endsWith(`/${name}`));
    assert.equal(outcome?.status, 'imported', `${name}: ${JSON.stringify(report.outcomes)}`);
  }
});

test('a file that disappears mid-import is reported by name; the others import', async () => {
  const dir = tempDir();
  for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.pdf'])
    writeFileSync(join(dir, name), ARTICLE.replace('Tuesday', name));
  const workbench = tempWorkbench();
  // When the first file is done, another one is deleted (as a sync client or a user might).
  const stop = workbench.on('on-import-progress', (progress) => {
    if (progress.done === 1 && existsSync(join(dir, 'c.txt'))) unlinkSync(join(dir, 'c.txt'));
  });
  const report = await workbench.call('import-paths', { paths: [dir] });
  stop();
  const byName = Object.fromEntries(report.outcomes.map((o) => [o.file.split('/').pop()!, o]));
  assert.equal(byName['a.txt']!.status, 'imported');
  assert.equal(byName['b.txt']!.status, 'imported');
  assert.equal(byName['c.txt']!.status, 'failed');
  assert.match((byName['c.txt'] as { message: string }).message, /cannot be read \(ENOENT\)/);
  assert.match((byName['d.pdf'] as { message: string }).message, /is not a PDF/);
});
