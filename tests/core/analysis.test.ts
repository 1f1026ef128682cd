import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Workbench } from '../../src/core/workbench';
import { logLikelihood } from '../../src/core/analysis/wordFrequencies';
import { REPO_ROOT, tempWorkbench } from './helpers/tempProject';

const CORPUS = join(REPO_ROOT, 'tests', 'fixtures', 'search-corpus');

/**
 * Hand-made codings over the six-article corpus (tags A, B, C; P = passage):
 *   Peace talks (AP, en, 2022-09-01)    ¶1: P1 [0,13) A; P2 [0,30) B (overlaps P1)   ¶2: P3 C, a quote by Sergei Lavrov
 *   New sanctions (Reuters, 2022-06-15) ¶1: P4 [0,20) A and B                         ¶2: P5 C
 *   Der Außenminister (Die Zeit, de)    ¶1: P6 [0,20) A; P8 [10,30) C (overlaps P6)
 * Expected, counted by hand:
 *   overlap   A–B 2 (P1∩P2, P4 itself)  A–C 1 (P6∩P8)  B–C 0
 *   paragraph A–B 2 (talks ¶1, sanctions ¶1)  A–C 1 (Zeit ¶1)  B–C 0
 *   document  A–B 2  A–C 3  B–C 2
 *   matrix by source: A: AP 1, Reuters 1, Die Zeit 1; B: AP 1, Reuters 1; C: AP 1, Reuters 1, Die Zeit 1
 */
describe('analysis views against a hand-computed fixture', () => {
  let workbench: Workbench;
  before(async () => {
    workbench = tempWorkbench();
    await workbench.call('import-paths', { paths: [CORPUS] });
    const docs = await workbench.call('documents-list', {});
    const doc = async (title: string) =>
      workbench.call('documents-get', { id: docs.find((d) => d.title === title)!.id });
    const a = (await workbench.call('tags-create', { name: 'A' })).id;
    const b = (await workbench.call('tags-create', { name: 'B' })).id;
    const c = (await workbench.call('tags-create', { name: 'C' })).id;
    const code = (document_id: number, start: number, end: number, tag_ids: number[], speaker?: string) =>
      workbench.call('passages-create', {
        document_id,
        start,
        end,
        tag_ids,
        ...(speaker ? { kind: 'quote' as const, speaker } : {}),
      });
    const talks = await doc('Peace talks stall in Geneva');
    const second = talks.paragraphs[1]!.start;
    await code(talks.id, 0, 13, [a]);
    await code(talks.id, 0, 30, [b]);
    await code(talks.id, second, second + 10, [c], 'Sergei Lavrov');
    const sanctions = await doc('New sanctions against Russia announced');
    await code(sanctions.id, 0, 20, [a, b]);
    await code(sanctions.id, sanctions.paragraphs[1]!.start, sanctions.paragraphs[1]!.start + 10, [c]);
    const zeit = await doc('Der Außenminister in Ankara');
    await code(zeit.id, 0, 20, [a]);
    await code(zeit.id, 10, 30, [c]);
  });

  const pairs = async (scope: 'overlap' | 'paragraph' | 'document') =>
    Object.fromEntries(
      (await workbench.call('analysis-cooccurrence', { scope })).pairs.map((pair) => [
        `${pair.a}–${pair.b}`,
        pair.count,
      ]),
    );

  test('co-occurrence by overlap, paragraph and document', async () => {
    assert.deepEqual(await pairs('overlap'), { 'A–B': 2, 'A–C': 1 });
    assert.deepEqual(await pairs('paragraph'), { 'A–B': 2, 'A–C': 1 });
    assert.deepEqual(await pairs('document'), { 'A–B': 2, 'A–C': 3, 'B–C': 2 });
    const result = await workbench.call('analysis-cooccurrence', { scope: 'document' });
    assert.deepEqual(result.tags, [
      { tag: 'A', passages: 3 },
      { tag: 'B', passages: 2 },
      { tag: 'C', passages: 3 },
    ]);
    const drill = result.pairs.find((p) => p.a === 'A' && p.b === 'C')!.drill;
    assert.ok('passages' in drill);
    assert.equal(drill.query, 'tag:A tag:C');
    // A–C in one document: all six passages of A and C in the three documents holding both.
    assert.equal((await workbench.call('passages-list', drill.passages)).total, 6);
    const both = await workbench.call('search', { query: 'tag:A tag:B' });
    assert.equal(both.total, 2, 'the drill-down finds the documents coded with both');
    // On overlapping text A–B is P1, P2 and P4; in one paragraph A–C is P6 and P8.
    const overlap = await workbench.call('analysis-cooccurrence', { scope: 'overlap' });
    const ab = overlap.pairs.find((p) => p.a === 'A' && p.b === 'B')!.drill;
    assert.ok('passages' in ab);
    assert.equal((await workbench.call('passages-list', ab.passages)).total, 3);
    const paragraph = await workbench.call('analysis-cooccurrence', { scope: 'paragraph' });
    const ac = paragraph.pairs.find((p) => p.a === 'A' && p.b === 'C')!.drill;
    assert.ok('passages' in ac);
    assert.equal((await workbench.call('passages-list', ac.passages)).total, 2);
  });

  test('code × source and code × speaker matrices', async () => {
    const matrix = await workbench.call('analysis-matrix', { columns: 'source' });
    const cell = (tag: string, column: string) =>
      matrix.cells.find((c) => c.tag === tag && c.column === column)?.count ?? 0;
    assert.deepEqual(matrix.tags, ['A', 'B', 'C']);
    assert.deepEqual([cell('A', 'AP'), cell('A', 'Reuters'), cell('A', 'Die Zeit')], [1, 1, 1]);
    assert.deepEqual([cell('B', 'AP'), cell('B', 'Reuters'), cell('B', 'Die Zeit')], [1, 1, 0]);
    assert.deepEqual([cell('C', 'AP'), cell('C', 'Reuters'), cell('C', 'Die Zeit')], [1, 1, 1]);
    assert.deepEqual(matrix.columns, ['AP', 'Reuters', 'Die Zeit']);
    const drill = matrix.cells.find((c) => c.tag === 'B' && c.column === 'AP')!.drill;
    assert.ok('passages' in drill);
    assert.equal(drill.query, 'tag:B source:AP');
    // Every cell opens exactly the passages it counts.
    for (const cell of matrix.cells) {
      assert.ok('passages' in cell.drill);
      assert.equal((await workbench.call('passages-list', cell.drill.passages)).total, cell.count, cell.tag);
    }
    const speakers = await workbench.call('analysis-matrix', { columns: 'speaker' });
    assert.deepEqual(
      speakers.cells.map((c) => [c.tag, c.column, c.count]),
      [['C', 'Sergei Lavrov', 1]],
    );
    const scoped = await workbench.call('analysis-matrix', { columns: 'source', query: 'lang:de' });
    assert.deepEqual(scoped.cells.map((c) => [c.tag, c.column, c.count]).sort(), [
      ['A', 'Die Zeit', 1],
      ['C', 'Die Zeit', 1],
    ]);
    for (const cell of [...speakers.cells, ...scoped.cells]) {
      assert.ok('passages' in cell.drill);
      assert.equal((await workbench.call('passages-list', cell.drill.passages)).total, cell.count);
    }
  });

  test('frequency over time of a code and of a query, with partial dates set aside', async () => {
    const code = await workbench.call('analysis-frequency', { tag: 'A', by: 'month' });
    assert.equal(code.unit, 'passages');
    assert.deepEqual(
      code.rows.map((r) => [r.period, r.count]),
      [
        ['2022-06', 1],
        ['2022-07', 1],
        ['2022-09', 1],
      ],
    );
    for (const row of code.rows) {
      assert.ok('passages' in row.drill, 'a bar of a code opens its passages');
      assert.equal((await workbench.call('passages-list', row.drill.passages)).total, row.count);
    }
    const bySource = await workbench.call('analysis-frequency', { tag: 'C', by: 'year', split: 'source' });
    for (const row of bySource.rows) {
      assert.ok('passages' in row.drill);
      assert.equal((await workbench.call('passages-list', row.drill.passages)).total, row.count);
    }
    const query = await workbench.call('analysis-frequency', {
      query: 'Lavrov',
      by: 'month',
      split: 'language',
    });
    assert.deepEqual(
      query.rows.map((r) => [r.period, r.group, r.count]),
      [
        ['2022-06', 'en', 1],
        ['2022-07', 'de', 1],
        ['2022-09', 'en', 1],
      ],
    );
    assert.equal(query.undated, 1, 'the article dated only 2022 has no month');
    assert.deepEqual(query.rows[1]!.drill, { query: 'Lavrov date:2022-07 lang:de' });
    const years = await workbench.call('analysis-frequency', { query: 'Lavrov', by: 'year' });
    assert.deepEqual(
      years.rows.map((r) => [r.period, r.count]),
      [['2022', 4]],
    );
    const weeks = await workbench.call('analysis-frequency', { query: 'Lavrov', by: 'week' });
    assert.deepEqual(weeks.rows[0], {
      period: '2022-06-13',
      group: '',
      count: 1,
      drill: { query: 'Lavrov date:2022-06-13..2022-06-19' },
    });
    assert.equal((await workbench.call('search', { query: weeks.rows[0]!.drill.query })).total, 1);
  });

  test('word frequencies leave out stop words; keywords rank what the selection has more of', async () => {
    const words = await workbench.call('analysis-words', { query: 'lang:de' });
    assert.equal(words.selection_documents, 2);
    const frequent = words.frequent.map((w) => w.word);
    assert.ok(!frequent.some((w) => ['der', 'die', 'des', 'Der', 'Die'].includes(w)), frequent.join(' '));
    const minister = words.frequent.find((w) => w.word === 'Außenminister')!;
    assert.equal(minister.count, 2, 'in the title and the body');
    assert.ok(words.keywords.length > 0 && words.keywords.every((w) => w.keyness > 0));
    assert.ok(words.keywords[0]!.corpus_count >= words.keywords[0]!.count);
  });

  test('log-likelihood matches a worked example', () => {
    // 10 of 1,000 words in the selection, 10 of 10,000 in the rest. By hand: E1 = 1000·20/11000 = 1.818,
    // E2 = 10000·20/11000 = 18.18; G² = 2·(10·ln(10/1.818) + 10·ln(10/18.18)) = 2·(17.05 − 5.98) = 22.1.
    assert.equal(Math.round(logLikelihood(10, 10, 1000, 10000) * 10) / 10, 22.1);
    assert.ok(logLikelihood(1, 100, 1000, 1000) < 0);
  });
});

/**
 * Sub-tags counted with their tag, over the same corpus (tags Actors, Actors/Russia, Actors/USA,
 * Diplomacy; Q = passage):
 *   Peace talks (AP)       Q1 [0,20) Russia; Q2 [10,30) USA (overlaps Q1); ¶2: Q3 Diplomacy and Actors
 *   New sanctions (Reuters) Q4 [0,20) Russia and USA; Q5 [0,10) Diplomacy (overlaps Q4)
 *   Der Außenminister (Die Zeit) Q6 [0,20) Actors
 * Expected, counted by hand (each passage once per tag, a tag never paired with its ancestor):
 *   matrix with sub-tags: Actors AP 3 (Q1 Q2 Q3), Reuters 1 (Q4, coded twice beneath), Die Zeit 1;
 *     Russia AP 1 Reuters 1; USA AP 1 Reuters 1; Diplomacy AP 1 Reuters 1
 *   matrix without: Actors AP 1 (Q3), Die Zeit 1
 *   document co-occurrence with: Actors–Diplomacy 2, Diplomacy–Russia 2, Diplomacy–USA 2, Russia–USA 2
 *   without: also Actors–Russia 1, Actors–USA 1 (talks), and Actors–Diplomacy 1
 *   overlap with: Actors–Diplomacy 2 (Q3 itself, Q4∩Q5), Russia–USA 2 (Q1∩Q2, Q4 itself),
 *     Diplomacy–Russia 1, Diplomacy–USA 1; nodes Actors 5, Russia 2, USA 2, Diplomacy 2
 */
describe('a tag counts its sub-tags in the matrix and co-occurrence', () => {
  let workbench: Workbench;
  before(async () => {
    workbench = tempWorkbench();
    await workbench.call('import-paths', { paths: [CORPUS] });
    const docs = await workbench.call('documents-list', {});
    const doc = async (title: string) =>
      workbench.call('documents-get', { id: docs.find((d) => d.title === title)!.id });
    const actors = (await workbench.call('tags-create', { name: 'Actors' })).id;
    const russia = (await workbench.call('tags-create', { name: 'Russia', parent_id: actors })).id;
    const usa = (await workbench.call('tags-create', { name: 'USA', parent_id: actors })).id;
    const diplomacy = (await workbench.call('tags-create', { name: 'Diplomacy' })).id;
    const code = (document_id: number, start: number, end: number, tag_ids: number[]) =>
      workbench.call('passages-create', { document_id, start, end, tag_ids });
    const talks = await doc('Peace talks stall in Geneva');
    const second = talks.paragraphs[1]!.start;
    await code(talks.id, 0, 20, [russia]);
    await code(talks.id, 10, 30, [usa]);
    await code(talks.id, second, second + 10, [diplomacy, actors]);
    const sanctions = await doc('New sanctions against Russia announced');
    await code(sanctions.id, 0, 20, [russia, usa]);
    await code(sanctions.id, 0, 10, [diplomacy]);
    const zeit = await doc('Der Außenminister in Ankara');
    await code(zeit.id, 0, 20, [actors]);
  });

  const table = (cells: Array<{ tag: string; column: string; count: number }>) =>
    Object.fromEntries(cells.map((c) => [`${c.tag} × ${c.column}`, c.count]));

  test('code × source matrix with and without sub-tags', async () => {
    const matrix = await workbench.call('analysis-matrix', { columns: 'source' });
    assert.equal(matrix.subtags, true, 'sub-tags count by default');
    assert.deepEqual(table(matrix.cells), {
      'Actors × AP': 3,
      'Actors × Reuters': 1,
      'Actors × Die Zeit': 1,
      'Actors/Russia × AP': 1,
      'Actors/Russia × Reuters': 1,
      'Actors/USA × AP': 1,
      'Actors/USA × Reuters': 1,
      'Diplomacy × AP': 1,
      'Diplomacy × Reuters': 1,
    });
    for (const cell of matrix.cells) {
      assert.ok('passages' in cell.drill);
      assert.equal((await workbench.call('passages-list', cell.drill.passages)).total, cell.count, cell.tag);
    }
    const own = await workbench.call('analysis-matrix', { columns: 'source', subtags: false });
    assert.deepEqual(table(own.cells.filter((c) => c.tag === 'Actors')), {
      'Actors × AP': 1,
      'Actors × Die Zeit': 1,
    });
    for (const cell of own.cells) {
      assert.ok('passages' in cell.drill);
      assert.equal((await workbench.call('passages-list', cell.drill.passages)).total, cell.count, cell.tag);
    }
  });

  const pairs = async (scope: 'overlap' | 'document', subtags?: boolean) =>
    Object.fromEntries(
      (
        await workbench.call('analysis-cooccurrence', { scope, ...(subtags === false ? { subtags } : {}) })
      ).pairs.map((pair) => [`${pair.a}–${pair.b}`, pair.count]),
    );

  test('co-occurrence with and without sub-tags', async () => {
    assert.deepEqual(await pairs('document'), {
      'Actors–Diplomacy': 2,
      'Actors/Russia–Diplomacy': 2,
      'Actors/USA–Diplomacy': 2,
      'Actors/Russia–Actors/USA': 2,
    });
    assert.deepEqual(await pairs('document', false), {
      'Actors–Diplomacy': 1,
      'Actors–Actors/Russia': 1,
      'Actors–Actors/USA': 1,
      'Actors/Russia–Diplomacy': 2,
      'Actors/USA–Diplomacy': 2,
      'Actors/Russia–Actors/USA': 2,
    });
    assert.deepEqual(await pairs('overlap'), {
      'Actors–Diplomacy': 2,
      'Actors/Russia–Actors/USA': 2,
      'Actors/Russia–Diplomacy': 1,
      'Actors/USA–Diplomacy': 1,
    });
    const overlap = await workbench.call('analysis-cooccurrence', { scope: 'overlap' });
    assert.deepEqual(overlap.tags, [
      { tag: 'Actors', passages: 5 },
      { tag: 'Actors/Russia', passages: 2 },
      { tag: 'Actors/USA', passages: 2 },
      { tag: 'Diplomacy', passages: 2 },
    ]);
    // Actors–Diplomacy on overlapping text: Q3 (both tags), Q4 and Q5.
    const drill = overlap.pairs.find((p) => p.a === 'Actors' && p.b === 'Diplomacy')!.drill;
    assert.ok('passages' in drill);
    assert.equal((await workbench.call('passages-list', drill.passages)).total, 3);
  });
});
