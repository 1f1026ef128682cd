import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Workbench } from '../../src/core/workbench';
import { tempDir } from './helpers/tempProject';

/**
 * Two coders, three shared documents of exactly 100 characters each (plus a fourth only one coder
 * touched, which must not count), tags X and Y:
 *
 *   doc 1   A: X [0,40)  Y [60,80)      B: X [0,40)  Y [70,90)
 *   doc 2   A: X [10,30)                B: X [20,50)
 *   doc 3   A: Y [0,50)                 B: X [50,60)
 *   doc 4   A: X [0,10)                 B: —            (not coded by both: left out)
 */
async function twoCoders() {
  const dir = tempDir();
  const words = ['word', 'talk', 'item', 'part'];
  const files = words.map((word, i) => {
    const path = join(dir, `doc${i + 1}.txt`);
    writeFileSync(path, `Report ${i + 1}\n\n${`${word} `.repeat(19)}last.\n`);
    return path;
  });
  const pathA = join(dir, 'mine.lectern');
  const setup = new Workbench(pathA);
  await setup.call('import-paths', { paths: files });
  await setup.call('tags-create', { name: 'X' });
  await setup.call('tags-create', { name: 'Y' });
  setup.close();
  // The colleague works on a copy of the same project file.
  const pathB = join(dir, 'ben.lectern');
  copyFileSync(pathA, pathB);
  const a = new Workbench(pathA);
  const b = new Workbench(pathB);
  const docs = (await a.call('documents-list', { sort: 'title', direction: 'asc' })).map((d) => d.id);
  for (const id of docs) assert.equal((await a.call('documents-get', { id })).body.length, 100);
  const tag = async (wb: Workbench, name: string) =>
    (await wb.call('tags-list', {})).find((t) => t.name === name)!.id;
  const code = async (wb: Workbench, doc: number, start: number, end: number, name: string) =>
    wb.call('passages-create', { document_id: docs[doc - 1]!, start, end, tag_ids: [await tag(wb, name)] });
  await code(a, 1, 0, 40, 'X');
  await code(a, 1, 60, 80, 'Y');
  await code(a, 2, 10, 30, 'X');
  await code(a, 3, 0, 50, 'Y');
  await code(a, 4, 0, 10, 'X');
  await code(b, 1, 0, 40, 'X');
  await code(b, 1, 70, 90, 'Y');
  await code(b, 2, 20, 50, 'X');
  await code(b, 3, 50, 60, 'X');
  b.close();
  return { a, pathB, docs };
}

test('merging a colleague’s copy keeps their passages as theirs; merging again adds nothing', async () => {
  const { a, pathB } = await twoCoders();
  const report = await a.call('merge-project', { path: pathB, coder_name: 'Ben' });
  assert.deepEqual(
    [report.documents_added, report.documents_matched, report.tags_added, report.tags_matched],
    [0, 4, 0, 2],
  );
  assert.equal(report.passages_added, 4);
  assert.equal(report.coder.name, 'Ben');
  const coders = await a.call('coders-list', {});
  assert.deepEqual(
    coders.map((c) => [c.name, c.passages]),
    [
      ['Me', 5],
      ['Ben', 4],
    ],
  );
  const again = await a.call('merge-project', { path: pathB, coder_name: 'Ben' });
  assert.deepEqual([again.passages_added, again.passages_already_here], [0, 4]);
  a.close();
});

test('agreement figures match the hand computation', async () => {
  const { a, pathB, docs } = await twoCoders();
  await a.call('merge-project', { path: pathB, coder_name: 'Ben' });
  const report = await a.call('agreement-report', {});
  assert.equal(report.documents, 3, 'document 4, coded by one coder only, is left out');
  const [x, y] = report.tags;
  assert.deepEqual([x!.tag_path, y!.tag_path], ['X', 'Y']);

  // Document level (3 documents). X: yes/yes, yes/yes, no/yes → both 2, only B 1.
  //   pₒ = 2/3; A says yes 2/3, B 3/3; pₑ = 2/3·1 + 1/3·0 = 2/3; κ = 0.
  assert.deepEqual(
    [x!.document.both, x!.document.only_a, x!.document.only_b, x!.document.neither],
    [2, 0, 1, 0],
  );
  assert.deepEqual([x!.document.percent, x!.document.kappa], [66.6667, 0]);
  // Y: yes/yes, no/no, yes/no → pₒ = 2/3; A 2/3, B 1/3; pₑ = 2/9 + 2/9 = 4/9; κ = (2/9)/(5/9) = 0.4.
  assert.deepEqual([y!.document.percent, y!.document.kappa], [66.6667, 0.4]);
  // Pooled: both 3, A only 1, B only 1, neither 1 (N 6); pₑ = (4/6)² + (2/6)² = 5/9; κ = (6/9 − 5/9)/(4/9) = 0.25.
  assert.deepEqual([report.overall.document.percent, report.overall.document.kappa], [66.6667, 0.25]);

  // Segment level: documents cut at every edge of either coder (any tag):
  //   doc 1 at 0,40,60,70,80,90,100 (6 pieces), doc 2 at 0,10,20,30,50,100 (5), doc 3 at 0,50,60,100 (3) → 14.
  // X: doc 1 [0,40) both, 5 neither; doc 2 [10,20) A, [20,30) both, [30,50) B, 2 neither; doc 3 [50,60) B, 2 neither
  //   → both 2, A 1, B 2, neither 9; pₒ = 11/14; pₑ = (3/14)(4/14) + (11/14)(10/14) = 122/196;
  //   κ = (154 − 122)/(196 − 122) = 32/74 = 0.4324.
  assert.deepEqual([x!.segment.both, x!.segment.only_a, x!.segment.only_b, x!.segment.neither], [2, 1, 2, 9]);
  assert.deepEqual([x!.segment.percent, x!.segment.kappa], [78.5714, 0.4324]);
  // Y: doc 1 [60,70) A, [70,80) both, [80,90) B, 3 neither; doc 2 5 neither; doc 3 [0,50) A, 2 neither
  //   → both 1, A 2, B 1, neither 10; pₑ = (3/14)(2/14) + (11/14)(12/14) = 138/196; κ = 16/58 = 0.2759.
  assert.deepEqual([y!.segment.percent, y!.segment.kappa], [78.5714, 0.2759]);
  // Pooled: both 3, A 3, B 3, neither 19 (N 28); pₑ = (6/28)² + (22/28)² = 520/784; κ = 96/264 = 0.3636.
  assert.deepEqual([report.overall.segment.percent, report.overall.segment.kappa], [78.5714, 0.3636]);

  // Characters (300 per tag). X: both 40 + 10, A only 10, B only 20 + 10, neither 210.
  //   Krippendorff: n = 600 values, D = 40 disagreeing units, yes values n₁ = 2·50 + 40 = 140,
  //   no values n₀ = 2·210 + 40 = 460; α = 1 − 599·40/(460·140) = 1 − 23960/64400 = 0.6280.
  //   κ: pₒ = 260/300; A yes 60/300, B yes 80/300; pₑ = 0.2·0.2667 + 0.8·0.7333 = 0.64; κ = 0.2267/0.36 = 0.6296.
  assert.deepEqual(
    [x!.character.both, x!.character.only_a, x!.character.only_b, x!.character.neither],
    [50, 10, 30, 210],
  );
  assert.equal(x!.alpha, 0.628);
  assert.equal(x!.character.kappa, 0.6296);
  // Y: both 10, A only 10 + 50, B only 10, neither 220; D = 70, n₁ = 20 + 70 = 90, n₀ = 440 + 70 = 510;
  //   α = 1 − 599·70/(510·90) = 1 − 41930/45900 = 0.0865.
  assert.equal(y!.alpha, 0.0865);
  // Pooled: both 60, A 70, B 40, neither 430 (600 units); D = 110, n₁ = 230, n₀ = 970;
  //   α = 1 − 1199·110/(970·230) = 1 − 131890/223100 = 0.4088.
  assert.equal(report.overall.alpha, 0.4088);

  // Side by side: X in doc 2 (A [10,30) beside B [20,50)), X in doc 3 (B only), Y in doc 1
  // (A [60,80) beside B [70,90)), Y in doc 3 (A only). X in doc 1 is identical: not listed.
  const listed = report.disagreements.map((d) => [
    d.tag_path,
    docs.indexOf(d.document_id) + 1,
    d.a && [d.a.start, d.a.end],
    d.b && [d.b.start, d.b.end],
  ]);
  assert.deepEqual(listed, [
    ['X', 2, [10, 30], [20, 50]],
    ['X', 3, null, [50, 60]],
    ['Y', 1, [60, 80], [70, 90]],
    ['Y', 3, [0, 50], null],
  ]);
  a.close();
});

test('agreement with a single coder says to merge a colleague’s copy first', async () => {
  const { a } = await twoCoders();
  await assert.rejects(a.call('agreement-report', {}), /Merge a colleague’s copy first/);
  a.close();
});

test('a document only the colleague has arrives with their metadata corrections intact', async () => {
  const { a, pathB } = await twoCoders();
  const dir = tempDir();
  const extra = join(dir, 'extra.txt');
  writeFileSync(extra, 'Extra report\n\nOnly Ben imported this one.\n');
  const b = new Workbench(pathB);
  await b.call('import-paths', { paths: [extra] });
  const [mine] = (await b.call('documents-list', {})).filter((d) => d.title === 'Extra report');
  await b.call('documents-update', { ids: [mine!.id], set: { author: 'Ben Example' } });
  b.close();
  const report = await a.call('merge-project', { path: pathB, coder_name: 'Ben' });
  assert.equal(report.documents_added, 1);
  const [added] = (await a.call('documents-list', {})).filter((d) => d.title === 'Extra report');
  const detail = await a.call('documents-get', { id: added!.id });
  assert.equal(detail.author, 'Ben Example');
  assert.equal(detail.field_origins.author, 'user');
  assert.deepEqual(Object.keys(detail.user_edits), ['author'], 'the correction can still be reset');
  a.close();
});
