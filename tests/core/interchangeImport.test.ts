import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { LecternError } from '../../src/shared/errors';
import type { Workbench } from '../../src/core/workbench';
import {
  INTERVIEW,
  QUALCODER_QDC,
  atlasStyleQdpx,
  declareSize,
  nvivoStyleQdpx,
} from '../fixtures/refiFixtures';
import { tempDir, tempWorkbench } from './helpers/tempProject';

const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
};

async function counts(wb: Workbench) {
  const docs = await wb.call('documents-list', {});
  const tags = await wb.call('tags-list', {});
  const notes = await wb.call('notes-list', {});
  const passages = (await wb.call('passages-list', { limit: 1000 })).total;
  return { documents: docs.length, tags: tags.length, notes: notes.length, passages };
}

describe('REFI-QDA import from other programs', () => {
  test('an ATLAS.ti-style export: named .qde, Sources/, \\r\\n as one, memos in <Description>, no colours', async () => {
    const wb = tempWorkbench();
    const report = await wb.call('import-refi', { path: write('Winter study.qdpx', atlasStyleQdpx()) });
    assert.equal(report.line_breaks, 'one');
    assert.deepEqual([report.documents, report.tags, report.notes], [1, 3, 1]);
    assert.equal(report.passages, 3, 'two coded selections and the one with an unknown code');
    const [doc] = await wb.call('documents-list', {});
    const full = await wb.call('documents-get', { id: doc!.id });
    assert.equal(full.body, INTERVIEW.replace(/\r\n/g, '\n'), 'the text, with plain line breaks');
    assert.equal(full.published_at, '2023-01-15', 'the Date variable became the date');
    const passages = await wb.call('passages-for-document', { document_id: doc!.id });
    const byText = new Map(passages.map((p) => [p.exact, p]));
    assert.ok(byText.has('Hard.'), 'positions landed on the same words');
    const burned = byText.get('We burned the furniture 🔥 to keep warm.');
    assert.ok(burned, [...byText.keys()].join(' | '));
    assert.equal(byText.get('Hard.')!.memo, 'Said quietly.', 'a memo in <Description> is kept');
    assert.equal(burned.memo, 'Coping by sacrifice.', 'a memo as <Note> is kept');
    const tags = await wb.call('tags-list', {});
    assert.deepEqual(tags.map((t) => t.name).sort(), ['Coping', 'Hardship', 'Heating']);
    assert.ok(
      tags.every((t) => /^#[0-9a-f]{6}$/i.test(t.color)),
      'missing colours are filled in',
    );
    assert.equal(tags.find((t) => t.name === 'Hardship')!.memo, 'Material hardship.');
    const text = report.not_carried_over.join('\n');
    assert.match(text, /past the end of its text: skipped/);
    assert.match(
      text,
      /refers to code a0000000-0000-4000-8000-0000000000ff, which the codebook does not contain/,
    );
    assert.match(text, /1 Set element/);
    assert.match(text, /case "Household 7"/);
    assert.match(text, /variable "Age" on 1 source/);
    const coders = wb.db.prepare('SELECT name FROM coders ORDER BY id').all() as Array<{ name: string }>;
    assert.deepEqual(
      coders.map((c) => c.name),
      ['Me', 'Ben'],
      "the project's creator is the researcher importing it; the other user stays a coder of their own",
    );
  });

  test('an NVivo-style export counts \\r\\n as two: the same words are coded', async () => {
    const wb = tempWorkbench();
    const report = await wb.call('import-refi', { path: write('winter.qdpx', nvivoStyleQdpx()) });
    assert.equal(report.line_breaks, 'two');
    const [doc] = await wb.call('documents-list', {});
    const [passage] = await wb.call('passages-for-document', { document_id: doc!.id });
    assert.equal(passage!.exact, 'We burned the furniture 🔥 to keep warm.');
    assert.equal((await wb.call('tags-list', {}))[0]!.color, '#33CC99', 'a short #3C9 colour is expanded');
  });

  test('a QualCoder codebook (.qdc) brings its codes with colours and descriptions; existing tags are matched', async () => {
    const wb = tempWorkbench();
    await wb.call('tags-create', { name: 'coping' });
    const report = await wb.call('import-refi', { path: write('codes.qdc', QUALCODER_QDC) });
    assert.deepEqual([report.tags, report.tags_matched], [2, 1]);
    const tags = await wb.call('tags-list', {});
    assert.equal(tags.length, 3);
    const heating = tags.find((t) => t.name === 'Heating')!;
    assert.equal(heating.color, '#D0021B');
    assert.equal(heating.parent_id, tags.find((t) => t.name === 'Hardship')!.id);
  });
});

describe('REFI-QDA import: bad input is refused whole or skipped with a reason', () => {
  const refused = async (bytes: Uint8Array | string, name: string, message: RegExp) => {
    const wb = tempWorkbench();
    const before = await counts(wb);
    await assert.rejects(
      wb.call('import-refi', { path: write(name, bytes) }),
      (error: unknown) => error instanceof LecternError && message.test(error.message),
    );
    assert.deepEqual(await counts(wb), before, 'nothing was imported');
  };

  test('a .qdpx that is not a zip', () =>
    refused('<Project/>', 'fake.qdpx', /fake\.qdpx is not a REFI-QDA project: a \.qdpx is a zip archive/));

  test('a zip-slip path', () =>
    refused(
      zipSync({ 'project.qde': strToU8('<Project name="x"/>'), '../../evil.txt': strToU8('x') }),
      'slip.qdpx',
      /unsafe path \("\.\.\/\.\.\/evil\.txt"\).*Nothing was imported/,
    ));

  test('a zip without a project.qde', () =>
    refused(zipSync({ 'readme.txt': strToU8('hello') }), 'other.qdpx', /holds no project\.qde/));

  test('a .qde that is not well-formed XML', () =>
    refused(
      zipSync({ 'project.qde': strToU8('<Project name="x"><Sources></Project>') }),
      'broken.qdpx',
      /not well-formed XML \(line 1/,
    ));

  test('a damaged Lectern extension rolls the whole import back', async () => {
    const bytes = atlasStyleQdpx();
    const { unzipSync } = await import('fflate');
    const entries = unzipSync(bytes);
    entries['lectern.json'] = strToU8(
      JSON.stringify({
        format: 'lectern-qdpx-extension',
        version: 1,
        documents: {},
        tags: {},
        passages: {},
        notes: { 'd0000000-0000-4000-8000-000000000001': { lexical_json: '{"not":"lexical"}' } },
        ids: { documents: {}, tags: {}, passages: {}, notes: {} },
      }),
    );
    await refused(zipSync(entries), 'damaged.qdpx', /Nothing was imported from damaged\.qdpx/);
  });

  test('a .qde that fails the schema is reported, and what can be read is imported', async () => {
    const wb = tempWorkbench();
    const qde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">
      <CodeBook><Codes><Code guid="a0000000-0000-4000-8000-000000000001" name="No isCodable"/></Codes></CodeBook></Project>`;
    const report = await wb.call('import-refi', {
      path: write('loose.qdpx', zipSync({ 'project.qde': strToU8(qde) })),
    });
    assert.match(report.warnings.join('\n'), /does not follow the REFI-QDA schema: line 2: .*isCodable/);
    assert.equal(report.tags, 1);
  });

  test('a 1 GB source is skipped with a reason, the rest imported', async () => {
    const wb = tempWorkbench();
    const zip = atlasStyleQdpx();
    const entry = 'Sources/B0000000-0000-4000-8000-000000000001.txt';
    const report = await wb.call('import-refi', {
      path: write('huge.qdpx', declareSize(zip, entry, 1024 * 1024 * 1024)),
    });
    const text = report.not_carried_over.join('\n');
    assert.match(
      text,
      /B0000000-0000-4000-8000-000000000001\.txt: not read \(1024 MB unpacked, more than the 200 MB/,
    );
    assert.match(text, /source "Interview 1": its text .* is not in the file/);
    assert.equal(report.documents, 0);
    assert.equal(report.tags, 3, 'the codebook still came in');
  });
});

test('a .qdpx given to the document import says where it belongs', async () => {
  const wb = tempWorkbench();
  const report = await wb.call('import-paths', { paths: [write('study.qdpx', atlasStyleQdpx())] });
  assert.equal(report.failed, 1);
  const outcome = report.outcomes[0]!;
  assert.ok(
    outcome.status === 'failed' && /REFI-QDA project .* Import a \.qdpx or \.qdc/.test(outcome.message),
  );
});
