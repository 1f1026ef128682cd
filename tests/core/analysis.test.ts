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
    assert.deepEqual(result.pairs.find((p) => p.a === 'A' && p.b === 'C')!.drill, { query: 'tag:A tag:C' });
    const both = await workbench.call('search', { query: 'tag:A tag:B' });
    assert.equal(both.total, 2, 'the drill-down finds the documents coded with both');
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
    assert.deepEqual(matrix.cells.find((c) => c.tag === 'B' && c.column === 'AP')!.drill, {
      query: 'tag:B source:AP',
    });
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
