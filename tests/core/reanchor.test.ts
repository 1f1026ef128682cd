import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createReanchorer } from '../../src/core/annotate/reanchor';
import { textQuote } from '../../src/core/annotate/textQuote';
import { SAMPLE_DIR, tempDir, tempWorkbench } from './helpers/tempProject';

/** Anchors `exact` (its first occurrence) in `oldBody` and re-anchors it in `newBody`. */
function carry(oldBody: string, newBody: string, exact: string) {
  const start = oldBody.indexOf(exact);
  assert.ok(start >= 0, `"${exact}" is in the old text`);
  const result = createReanchorer(oldBody, newBody)(textQuote(oldBody, start, start + exact.length));
  return result.status === 'orphaned'
    ? { status: result.status }
    : { status: result.status, exact: result.anchor.exact, start: result.anchor.start };
}

describe('re-anchoring passages when the text changes', () => {
  const old =
    'Am 26. August führte Aserbaidschans Außenminister Jeyhun Bayramow einen Besuch in Moskau durch. Später traf er Lawrow.';

  test('unchanged position: kept', () => {
    assert.deepEqual(carry(old, old + ' Neu.', 'Jeyhun Bayramow'), {
      status: 'kept',
      exact: 'Jeyhun Bayramow',
      start: old.indexOf('Jeyhun'),
    });
  });

  test('text inserted before it: moved to the new position', () => {
    const changed = 'Vorbemerkung der Redaktion. ' + old;
    assert.deepEqual(carry(old, changed, 'Jeyhun Bayramow'), {
      status: 'moved',
      exact: 'Jeyhun Bayramow',
      start: changed.indexOf('Jeyhun'),
    });
  });

  test('the same words twice: the occurrence with matching context wins', () => {
    const body = 'Lawrow sagte nichts. Danach sprach Bayramow mit Lawrow über Karabach.';
    const start = body.lastIndexOf('Lawrow');
    const changed = 'Lawrow sagte nichts. Dann, nach einer Pause, sprach Bayramow mit Lawrow über Karabach.';
    const result = createReanchorer(body, changed)(textQuote(body, start, start + 6));
    if (result.status !== 'moved') assert.fail(`expected moved, got ${result.status}`);
    assert.equal(result.anchor.start, changed.lastIndexOf('Lawrow'));
  });

  test('an edit inside the passage (typo fixed): moved with the corrected text', () => {
    const typo = 'the Russian Foreign Minister Sregey Lavrov held an interview with Trud.';
    const fixed = 'the Russian Foreign Minister Sergey Lavrov held an interview with Trud.';
    assert.deepEqual(carry(typo, fixed, 'Minister Sregey Lavrov held'), {
      status: 'moved',
      exact: 'Minister Sergey Lavrov held',
      start: fixed.indexOf('Minister'),
    });
  });

  test('part of the passage deleted: it shrinks', () => {
    const before = 'Intro. Lavrov said the visit was not of great importance at all, and left. Outro.';
    const after = 'Intro. Lavrov said the visit was not of great importance, and left. Outro.';
    const result = carry(
      before,
      after,
      'Lavrov said the visit was not of great importance at all, and left.',
    );
    assert.deepEqual(result, {
      status: 'moved',
      exact: 'Lavrov said the visit was not of great importance, and left.',
      start: 7,
    });
  });

  test('the passage removed entirely: orphaned', () => {
    const before =
      'First paragraph stays.\n\nThis sentence about sanctions disappears completely.\n\nLast one stays.';
    const after = 'First paragraph stays.\n\nLast one stays.';
    assert.deepEqual(carry(before, after, 'This sentence about sanctions disappears completely.'), {
      status: 'orphaned',
    });
  });

  test('Unicode: umlauts, emoji and combining marks keep UTF-16 offsets right', () => {
    const before = 'Grüße 👋🏽 aus Bakı — Mnatsakanjan (Mnat\u0301sakanjan) sprach.';
    const after = '🎉 Neu: ' + before.replace('Grüße', 'Grüsse');
    for (const exact of ['Mnatsakanjan', 'Mnat\u0301sakanjan', '👋🏽 aus Bakı']) {
      const result = carry(before, after, exact);
      assert.equal(result.status, 'moved', exact);
      assert.equal(result.exact, exact);
      assert.equal(after.slice(result.start!, result.start! + exact.length), exact);
    }
  });
});

describe('re-importing a corrected file', () => {
  test('passages are kept, moved or orphaned — never dropped — and orphans are listed', async () => {
    const dir = tempDir();
    const file = join(dir, 'article.txt');
    const original = readFileSync(join(SAMPLE_DIR, '002_be83c4c46d1d8234.txt'), 'utf8');
    writeFileSync(file, original);
    const wb = tempWorkbench();
    await wb.call('import-paths', { paths: [file] });
    const [summary] = await wb.call('documents-list', {});
    const doc = await wb.call('documents-get', { id: summary!.id });
    const tag = await wb.call('tags-create', { name: 'Lavrov' });
    const code = async (exact: string) => {
      const start = doc.body.indexOf(exact);
      return wb.call('passages-create', {
        document_id: doc.id,
        start,
        end: start + exact.length,
        tag_ids: [tag.id],
      });
    };
    const typo = await code('Sregey Lavrov held an interview');
    const later = await code('We are working on this together with our partners in the OSCE Minsk Group');
    const doomed = await code('Lavrov also said that he met with representatives from organizations');

    const corrected = original
      .replace('Sregey', 'Sergey')
      .replace(/Lavrov also said that he met with representatives[^\n]*\n/, '')
      .replace('On 21 August,', 'On 21 August 2020,');
    writeFileSync(file, corrected);
    const report = await wb.call('documents-reimport', { id: doc.id });
    assert.deepEqual(report, { document_id: doc.id, kept: 0, moved: 2, orphaned: 1 });
    const after = await wb.call('documents-get', { id: doc.id });
    const passages = await wb.call('passages-for-document', { document_id: doc.id });
    const byId = Object.fromEntries(passages.map((p) => [p.id, p]));
    assert.equal(byId[typo.id]!.exact, 'Sergey Lavrov held an interview');
    assert.equal(after.body.slice(byId[later.id]!.start, byId[later.id]!.end), later.exact);
    assert.equal(byId[doomed.id]!.status, 'orphaned');
    assert.equal(byId[doomed.id]!.exact, doomed.exact, 'an orphan keeps its text');
    const orphans = await wb.call('passages-list', { status: 'orphaned' });
    assert.deepEqual(
      orphans.passages.map((p) => p.id),
      [doomed.id],
    );
    assert.equal((await wb.call('search', { query: 'Sergey' })).total, 1, 'the index has the new text');
    const at = after.body.indexOf('Lavrov then went on');
    const reattached = await wb.call('passages-reattach', { id: doomed.id, start: at, end: at + 19 });
    assert.deepEqual([reattached.status, reattached.exact], ['anchored', 'Lavrov then went on']);
  });

  test('a missing original file is reported, and nothing changes', async () => {
    // (This once used an upload, whose name was stored as its path; an upload now has no path.)
    const wb = tempWorkbench();
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, 'Some title\n\nSome body text that is long enough.');
    await wb.call('import-paths', { paths: [file] });
    rmSync(file);
    const [doc] = await wb.call('documents-list', {});
    await assert.rejects(wb.call('documents-reimport', { id: doc!.id }), /is not on disk any more/);
    assert.equal((await wb.call('documents-get', { id: doc!.id })).title, 'Some title');
  });
});
