import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { validateRefi } from '../../src/core/interchange/validateRefi';
import type { Workbench } from '../../src/core/workbench';
import { codedProject } from './helpers/codedProject';
import { tempDir, tempWorkbench } from './helpers/tempProject';

/** Everything a researcher would call "the project", by content rather than by row id. */
async function snapshot(wb: Workbench) {
  const docs = await Promise.all(
    (await wb.call('documents-list', { sort: 'title', direction: 'asc' })).map((doc) =>
      wb.call('documents-get', { id: doc.id }),
    ),
  );
  const tags = await wb.call('tags-list', {});
  const pathOf = (id: number): string => {
    const tag = tags.find((t) => t.id === id)!;
    return tag.parent_id === null ? tag.name : `${pathOf(tag.parent_id)}/${tag.name}`;
  };
  const titleOf = new Map(docs.map((doc) => [doc.id, doc.title]));
  const passages = [];
  for (const doc of docs) {
    for (const p of await wb.call('passages-for-document', { document_id: doc.id }))
      passages.push({
        document: titleOf.get(p.document_id),
        start: p.start,
        end: p.end,
        exact: p.exact,
        prefix: p.prefix,
        suffix: p.suffix,
        kind: p.kind,
        speaker: p.speaker,
        memo: p.memo,
        status: p.status,
        tags: p.tag_ids.map(pathOf).sort(),
      });
  }
  const notes = [];
  for (const note of await wb.call('notes-list', { sort: 'title' })) {
    const full = await wb.call('notes-get', { id: note.id });
    notes.push({
      title: full.title,
      created_at: full.created_at,
      updated_at: full.updated_at,
      markdown: (await wb.call('notes-markdown', { id: note.id })).markdown,
    });
  }
  return {
    documents: docs.map(({ id: _id, imported_at: _at, origin_path: _path, ...doc }) => doc),
    tags: tags.map((tag) => ({
      path: pathOf(tag.id),
      color: tag.color,
      memo: tag.memo,
      sort: tag.sort,
      count: tag.count,
    })),
    passages,
    notes,
  };
}

describe('REFI-QDA export', () => {
  test('a .qdpx holds a project.qde that validates against Project.xsd, and the texts as UTF-8', async () => {
    const { wb, astralId } = await codedProject();
    const out = join(tempDir(), 'export.qdpx');
    const report = await wb.call('export-qdpx', { out_path: out });
    assert.deepEqual([report.sources, report.codes, report.selections], [6, 4, 5]);
    const entries = unzipSync(new Uint8Array(readFileSync(out)));
    const qde = strFromU8(entries['project.qde']!);
    assert.deepEqual(await validateRefi(qde, 'project'), [], 'project.qde is valid against Project.xsd');
    const sources = Object.keys(entries).filter((name) => name.startsWith('sources/'));
    assert.equal(sources.length, 6, 'one text file per document');
    assert.ok(
      sources.every((name) => /^sources\/[0-9a-f-]{36}\.txt$/.test(name)),
      'named by GUID',
    );
    assert.ok(qde.includes('<Code guid='), 'the codebook is there');
    assert.ok(qde.includes('color="#AA3300"'), 'with colours');
    assert.ok(
      qde.includes('<Description>Who acts.\nLine two &amp; &lt;more&gt;.</Description>'),
      'and memos',
    );
    assert.ok(/<NoteRef targetGUID="[0-9a-f-]{36}"\/>/.test(qde), 'passage memos are notes with a NoteRef');
    assert.ok(qde.includes('<TextValue>Sergey Lavrov</TextValue>'), 'speakers are cases with a variable');
    assert.ok(qde.includes('<User guid='), 'users are listed');

    // Positions count code points: the quotation follows a flag (2 code points, 4 UTF-16 units);
    // the title line with its emoji is the document's title, not part of the reading text.
    const astral = await wb.call('documents-get', { id: astralId });
    const quote = (await wb.call('passages-for-document', { document_id: astralId })).find(
      (p) => p.kind === 'quote',
    )!;
    const expectedStart = [...astral.body.slice(0, quote.start)].length;
    assert.equal(expectedStart, quote.start - 2, 'two astral characters precede the quotation');
    const crowd = (await wb.call('passages-for-document', { document_id: astralId })).find(
      (p) => p.exact === 'the crowd',
    )!;
    assert.ok(
      qde.includes(`startPosition="${crowd.start - 6}" endPosition="${crowd.end - 6}"`),
      'six fewer code points before “the crowd” (flag, 𠀋, family emoji)',
    );
    const selection = new RegExp(
      `startPosition="${expectedStart}" endPosition="${expectedStart + [...quote.exact].length}"`,
    );
    assert.ok(selection.test(qde), 'the selection is written in code points');
    const text = Object.entries(entries).find(([, bytes]) => strFromU8(bytes) === astral.body);
    assert.ok(text, 'the source text is the reading text, byte for byte in UTF-8');
  });

  test('a .qdc holds the codebook and validates against Codebook.xsd', async () => {
    const { wb } = await codedProject();
    const out = join(tempDir(), 'codebook.qdc');
    const report = await wb.call('export-qdc', { out_path: out });
    assert.equal(report.codes, 4);
    const qdc = readFileSync(out, 'utf8');
    assert.deepEqual(await validateRefi(qdc, 'codebook'), []);
    assert.match(qdc, /<Code guid="[^"]+" name="Actors" isCodable="true" color="#[0-9a-fA-F]{6}">/);
    assert.match(qdc, /name="Mood 😀"/);
  });

  test('an empty codebook cannot be exported as .qdc, with a reason', async () => {
    const wb = tempWorkbench();
    await assert.rejects(wb.call('export-qdc', { out_path: join(tempDir(), 'x.qdc') }), /codebook is empty/);
  });

  test('the validator really checks: a broken project.qde fails with the line and reason', async () => {
    const errors = await validateRefi(
      '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0"><Sources><TextSource guid="nope"/></Sources></Project>',
      'project',
    );
    assert.ok(
      errors.some((error) => /name.*required|attribute 'name'/.test(error)),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((error) => /guid/.test(error)),
      errors.join('\n'),
    );
  });
});

describe('REFI-QDA round trip', () => {
  test('Lectern → .qdpx → Lectern keeps documents, tags, passages (same offsets), memos and notes', async () => {
    const { wb } = await codedProject();
    // A researcher's correction travels too, with what the import had found so it can be reset.
    const [first] = await wb.call('documents-list', { sort: 'title', direction: 'asc' });
    await wb.call('documents-update', { ids: [first!.id], set: { author: 'Corrected Author' } });
    const out = join(tempDir(), 'round.qdpx');
    await wb.call('export-qdpx', { out_path: out });
    const copy = tempWorkbench();
    const report = await copy.call('import-refi', { path: out });
    assert.deepEqual(report.warnings, []);
    assert.deepEqual(report.not_carried_over, []);
    assert.deepEqual([report.documents, report.tags, report.passages, report.notes], [6, 4, 5, 2]);
    const [before, after] = [await snapshot(wb), await snapshot(copy)];
    assert.deepEqual(after.documents, before.documents);
    assert.deepEqual(after.tags, before.tags);
    assert.deepEqual(after.passages, before.passages);
    assert.deepEqual(after.notes, before.notes);
  });

  test('importing the same .qdpx again adds nothing twice', async () => {
    const { wb } = await codedProject();
    const out = join(tempDir(), 'again.qdpx');
    await wb.call('export-qdpx', { out_path: out });
    const copy = tempWorkbench();
    await copy.call('import-refi', { path: out });
    const first = await snapshot(copy);
    const second = await copy.call('import-refi', { path: out });
    assert.equal(second.documents, 0);
    assert.equal(second.documents_matched, 6);
    assert.equal(second.tags, 0);
    const again = await snapshot(copy);
    assert.deepEqual(again.passages, first.passages);
    assert.deepEqual(again.tags, first.tags);
  });
});
