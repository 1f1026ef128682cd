import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Workbench } from '../../src/core/workbench';
import { REPO_ROOT, tempWorkbench } from './helpers/tempProject';

const CORPUS = join(REPO_ROOT, 'tests', 'fixtures', 'search-corpus');

/** Six short articles, EN and DE, with sources, authors and full, partial or missing dates. */
async function corpusWorkbench(): Promise<Workbench> {
  const workbench = tempWorkbench();
  const report = await workbench.call('import-paths', { paths: [CORPUS] });
  assert.equal(report.imported, 6, JSON.stringify(report.outcomes));
  return workbench;
}

describe('search language over a small bilingual corpus', () => {
  let workbench: Workbench;
  const titles = async (query: string) =>
    (await workbench.call('search', { query })).hits.map((hit) => hit.title).sort();
  const idOf = async (title: string) =>
    (await workbench.call('documents-list', {})).find((doc) => doc.title === title)!.id;

  before(async () => {
    workbench = await corpusWorkbench();
  });

  test('English words find their other forms (sanction → sanctions), quoted forms only themselves', async () => {
    assert.deepEqual(await titles('sanction'), ['New sanctions against Russia announced']);
    assert.deepEqual(await titles('sanctioned'), ['New sanctions against Russia announced']);
    const hit = (await workbench.call('search', { query: 'sanctions' })).hits[0]!;
    assert.equal(hit.hit_count, 2, 'sanctions and sanction are both counted');
    assert.deepEqual(await titles('"sanctioned"'), []);
  });

  test('German words find their inflections (Außenminister → Außenministers), quoted ones do not', async () => {
    assert.deepEqual(await titles('Außenminister'), [
      'Der Außenminister in Ankara',
      'Reise des Außenministers endet',
    ]);
    assert.deepEqual(await titles('"Außenminister"'), ['Der Außenminister in Ankara']);
    assert.deepEqual(await titles('Sanktion'), ['Der Außenminister in Ankara']);
  });

  test('German compounds are found by their parts (Korridor → Getreidekorridor), not when quoted', async () => {
    assert.deepEqual(await titles('Korridor'), [
      'Der Außenminister in Ankara',
      'Reise des Außenministers endet',
    ]);
    assert.deepEqual(await titles('"Korridor"'), ['Reise des Außenministers endet']);
    const german = (await workbench.call('search', { query: 'Korridor' })).hits.find((h) =>
      h.title.startsWith('Der'),
    )!;
    assert.deepEqual(
      german.highlights.map(([a, b]) => german.snippet.slice(a, b)),
      ['Getreidekorridor'],
    );
  });

  test('folding still holds: Lawrow finds Lavrov, in every language', async () => {
    assert.deepEqual(await titles('Lawrow'), await titles('Lavrov'));
    assert.equal((await titles('Lavrov')).length, 4);
  });

  test('a phrase counts once per occurrence, not once per word', async () => {
    const result = await workbench.call('search', { query: '"Sergey Lavrov"' });
    const talks = result.hits.find((hit) => hit.title.startsWith('Peace talks'))!;
    assert.equal(talks.hit_count, 2);
    assert.deepEqual(
      talks.highlights.map(([a, b]) => talks.snippet.slice(a, b)),
      ['Sergey Lavrov', 'Sergey Lavrov'],
    );
  });

  test('lang:, source:, author: narrow the results', async () => {
    assert.deepEqual(await titles('Lavrov lang:de'), ['Der Außenminister in Ankara']);
    assert.deepEqual(await titles('Lavrov -lang:de source:reuters'), [
      'New sanctions against Russia announced',
    ]);
    assert.deepEqual(await titles('source:"Die Zeit",AP'), [
      'A year of diplomacy',
      'Der Außenminister in Ankara',
      'Peace talks stall in Geneva',
    ]);
    assert.deepEqual(await titles('author:smith'), ['New sanctions against Russia announced']);
  });

  test('date: respects partial dates at both ends, and open ranges', async () => {
    assert.deepEqual(await titles('date:2022-06..2022-07'), [
      'Der Außenminister in Ankara',
      'New sanctions against Russia announced',
    ]);
    assert.deepEqual(await titles('date:2022-07'), ['Der Außenminister in Ankara']);
    assert.deepEqual(await titles('date:2022-08..'), [
      'Peace talks stall in Geneva',
      'Reise des Außenministers endet',
    ]);
    assert.deepEqual(
      await titles('Lavrov date:..2022-06'),
      ['New sanctions against Russia announced'],
      'a document dated only 2022 may be later than June',
    );
    assert.deepEqual((await titles('Lavrov date:2022')).length, 4, 'the year-only document is in 2022');
    assert.deepEqual(
      await titles('Grain -date:2022'),
      ['Grain exports resume from the port'],
      'undated documents are outside every range',
    );
  });

  test('tag: finds documents coded with the tag or a sub-tag; speaker: any spelling; has:quote', async () => {
    const diplomacy = await workbench.call('tags-create', { name: 'Diplomacy' });
    const talksTag = await workbench.call('tags-create', { name: 'Talks', parent_id: diplomacy.id });
    const talks = await idOf('Peace talks stall in Geneva');
    await workbench.call('passages-create', {
      document_id: talks,
      start: 0,
      end: 13,
      tag_ids: [talksTag.id],
    });
    const sanctions = await idOf('New sanctions against Russia announced');
    await workbench.call('passages-create', {
      document_id: sanctions,
      start: 0,
      end: 20,
      kind: 'quote',
      speaker: 'Sergei Lavrov',
    });
    assert.deepEqual(await titles('tag:Diplomacy'), ['Peace talks stall in Geneva']);
    assert.deepEqual(await titles('tag:diplomacy/talks Lavrov'), ['Peace talks stall in Geneva']);
    assert.deepEqual(await titles('Lavrov -tag:Diplomacy has:quote'), [
      'New sanctions against Russia announced',
    ]);
    assert.deepEqual(await titles('speaker:"Sergej Lawrow"'), ['New sanctions against Russia announced']);
    assert.deepEqual(
      await titles('speaker:Lawrow'),
      ['New sanctions against Russia announced'],
      'the surname alone',
    );
    assert.deepEqual(await titles('has:quote'), ['New sanctions against Russia announced']);
    await assert.rejects(
      workbench.call('search', { query: 'tag:Nonexistent' }),
      /No tag is named "Nonexistent"/,
    );
  });

  test('in:title looks in titles only; in:notes in notes only; notes come with every search', async () => {
    assert.deepEqual(await titles('Ankara in:title'), ['Der Außenminister in Ankara']);
    assert.deepEqual(await titles('Berlin in:title'), []);
    await workbench.call('notes-create', { title: 'Lavrov memo' });
    const both = await workbench.call('search', { query: 'Lavrov' });
    assert.deepEqual(
      both.notes.map((note) => note.title),
      ['Lavrov memo'],
    );
    const notes = await workbench.call('search', { query: 'Lavrov in:notes' });
    assert.equal(notes.hits.length, 0);
    assert.deepEqual(
      notes.notes.map((note) => note.title),
      ['Lavrov memo'],
    );
    assert.deepEqual(
      (await workbench.call('search', { query: 'Lavrov lang:en' })).notes,
      [],
      'filters are about documents',
    );
  });

  test('NEAR finds words within n words of each other', async () => {
    assert.deepEqual(await titles('Lavrov NEAR/3 Blinken'), ['New sanctions against Russia announced']);
    assert.deepEqual(await titles('Lavrov NEAR/1 Geneva'), []);
  });

  test('results page by offset and sort by date, newest first, undated last', async () => {
    const all = await workbench.call('search', { query: 'date:2022..', sort: 'date' });
    assert.deepEqual(
      all.hits.map((hit) => hit.published_at),
      ['2022-09-01', '2022-08-20', '2022-07-02', '2022-06-15', '2022'],
    );
    const second = await workbench.call('search', { query: 'Lavrov', limit: 2, offset: 2 });
    const first = await workbench.call('search', { query: 'Lavrov', limit: 2 });
    assert.equal(second.total, 4);
    assert.equal(first.total, 4);
    assert.equal(new Set([...first.hits, ...second.hits].map((hit) => hit.id)).size, 4);
  });

  test('facets count the matches by language, source, year, month and tag', async () => {
    const facets = await workbench.call('search-facets', { query: 'Lavrov' });
    assert.equal(facets.total, 4);
    assert.deepEqual(
      facets.language.map((f) => [f.value, f.count, f.filter]),
      [
        ['en', 3, 'lang:en'],
        ['de', 1, 'lang:de'],
      ],
    );
    assert.deepEqual(
      facets.source.map((f) => [f.value, f.count]),
      [
        ['AP', 2],
        ['Die Zeit', 1],
        ['Reuters', 1],
      ],
    );
    assert.deepEqual(facets.source[1]!.filter, 'source:"Die Zeit"');
    assert.deepEqual(
      facets.year.map((f) => [f.value, f.count]),
      [['2022', 4]],
    );
    assert.deepEqual(
      facets.month.map((f) => [f.value, f.count]),
      [
        ['2022-06', 1],
        ['2022-07', 1],
        ['2022-09', 1],
      ],
    );
    assert.deepEqual(
      facets.tag.map((f) => [f.value, f.count]),
      [
        ['Diplomacy', 1],
        ['Diplomacy/Talks', 1],
      ],
    );
  });

  test('KWIC lists every occurrence with its left and right context, grouped by document', async () => {
    const kwic = await workbench.call('search-kwic', { query: '"Sergey Lavrov"', width: 30 });
    assert.equal(kwic.lines.length, 4, kwic.lines.map((l) => l.hit).join('|'));
    assert.equal(kwic.documents, 3);
    const talks = kwic.lines.filter((line) => line.title.startsWith('Peace talks'));
    assert.equal(talks.length, 2);
    assert.deepEqual(
      talks.map((line) => [line.left, line.hit, line.right]),
      [
        ['', 'Sergey Lavrov', ' arrived in Geneva for the'],
        ['for hours. By the evening, ', 'Sergey Lavrov', ' had left the building'],
      ],
    );
    const ids = kwic.lines.map((line) => line.document_id);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)),
      'lines of a document are together',
    );
  });
});
