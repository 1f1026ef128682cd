import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Workbench } from '../../src/core/workbench';
import { LecternError } from '../../src/shared/errors';
import { sampleWorkbench } from './helpers/tempProject';

describe('full-text search over the sample', () => {
  let workbench: Workbench;
  const titlesFor = async (query: string) =>
    (await workbench.call('search', { query })).hits.map((hit) => hit.title.slice(0, 24)).sort();

  before(async () => {
    workbench = await sampleWorkbench();
  });

  test('Lavrov finds the four articles that name him, the German one included (Lawrow)', async () => {
    const result = await workbench.call('search', { query: 'Lavrov' });
    assert.equal(result.total, 4);
    assert.deepEqual(result.hits.map((hit) => hit.language).sort(), ['de', 'en', 'en', 'en']);
    assert.ok(
      !result.hits.some((hit) => hit.title.startsWith('Expected call')),
      'the Blinken article does not mention Lavrov',
    );
  });

  test('Lawrow and Лавров find the same articles as Lavrov', async () => {
    const lavrov = await titlesFor('Lavrov');
    assert.deepEqual(await titlesFor('Lawrow'), lavrov);
    assert.deepEqual(await titlesFor('Лавров'), lavrov);
    assert.deepEqual(await titlesFor('lavrov'), lavrov);
  });

  test('snippets highlight the matched words in their own spelling', async () => {
    const result = await workbench.call('search', { query: 'Lavrov' });
    const german = result.hits.find((hit) => hit.language === 'de')!;
    const marked = german.highlights.map(([start, end]) => german.snippet.slice(start, end));
    assert.ok(marked.length > 0 && marked.every((word) => word === 'Lawrow'), JSON.stringify(marked));
    for (const hit of result.hits) {
      assert.ok(hit.hit_count > 0);
      assert.ok(hit.highlights.length > 0, `${hit.title}: snippet has a highlight`);
    }
  });

  test('hit_offset points at the first match in the body', async () => {
    const result = await workbench.call('search', { query: 'Mnatsakanjan' });
    const hit = result.hits[0]!;
    const doc = await workbench.call('documents-get', { id: hit.id });
    assert.equal(doc.body.slice(hit.hit_offset, hit.hit_offset + 'Mnatsakanjan'.length), 'Mnatsakanjan');
  });

  test('all words must match; -word excludes; OR widens; prefix* and "phrases" work', async () => {
    assert.deepEqual(await titlesFor('Lavrov Patel'), ['According to Russian For']);
    assert.equal((await titlesFor('Lavrov -Patel')).length, 3);
    assert.equal((await titlesFor('Blinken OR Patel')).length, 2);
    assert.equal((await titlesFor('Blink*')).length, 1);
    assert.deepEqual(await titlesFor('"Difficult Question"'), ['Secret messages of Lavro']);
    assert.deepEqual(await titlesFor('"question difficult"'), []);
  });

  test('words only in the boilerplate are not found', async () => {
    assert.deepEqual(await titlesFor('newsletter'), []);
    assert.deepEqual(await titlesFor('cookies'), []);
  });

  test('German umlauts and ß match with or without them', async () => {
    assert.equal((await titlesFor('Außenminister')).length, 1);
    assert.deepEqual(await titlesFor('aussenminister'), await titlesFor('Außenminister'));
    assert.deepEqual(await titlesFor('Föderationsrat'), await titlesFor('foderationsrat'));
  });

  test('queries that FTS5 would choke on are read as words', async () => {
    for (const query of ['NEAR(', 'Lavrov AND', '"unclosed', 'a:b', '*', 'Lavrov)']) {
      await assert.doesNotReject(
        workbench.call('search', { query }).catch((error: unknown) => {
          if (error instanceof LecternError && error.code === 'invalid-argument') return;
          throw error;
        }),
        query,
      );
    }
  });

  test('an empty query or one that only excludes says what to do', async () => {
    await assert.rejects(workbench.call('search', { query: '   ' }), /Type a word to search for/);
    await assert.rejects(workbench.call('search', { query: '-Lavrov' }), /add a word to look for/);
  });

  test('titles weigh more than body text', async () => {
    const result = await workbench.call('search', { query: 'border' });
    assert.ok(result.hits[0]!.title.includes('border'), result.hits.map((h) => h.title).join(' | '));
  });
});

test('snippets mark paragraph breaks and keep highlights on the words', async () => {
  const workbench = await sampleWorkbench();
  const result = await workbench.call('search', { query: 'Mnatsakanjan' });
  const hit = result.hits[0]!;
  assert.match(hit.snippet, /der OSZE · Vor dem Treffen/);
  for (const [start, end] of hit.highlights) assert.equal(hit.snippet.slice(start, end), 'Mnatsakanjan');
});
