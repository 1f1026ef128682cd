import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Workbench } from '../../src/core/workbench';
import { sampleWorkbench } from './helpers/tempProject';

async function germanDoc(wb: Workbench) {
  const docs = await wb.call('documents-list', {});
  const summary = docs.find((d) => d.language === 'de')!;
  return wb.call('documents-get', { id: summary.id });
}

describe('passages', () => {
  test('a passage stores offsets, exact text and context (W3C selectors)', async () => {
    const wb = await sampleWorkbench();
    const doc = await germanDoc(wb);
    const start = doc.body.indexOf('Sergej Lawrow');
    const passage = await wb.call('passages-create', { document_id: doc.id, start, end: start + 13 });
    assert.equal(passage.exact, 'Sergej Lawrow');
    assert.equal(passage.prefix, doc.body.slice(start - 32, start));
    assert.equal(passage.suffix, doc.body.slice(start + 13, start + 45));
    assert.equal(passage.kind, 'highlight');
    assert.equal(passage.status, 'anchored');
  });

  test('overlapping and nested passages coexist, each with its own tags', async () => {
    const wb = await sampleWorkbench();
    const doc = await germanDoc(wb);
    const actor = await wb.call('tags-create', { name: 'Actor' });
    const diplomacy = await wb.call('tags-create', { name: 'Diplomacy' });
    const outer = await wb.call('passages-create', {
      document_id: doc.id,
      start: 0,
      end: 120,
      tag_ids: [diplomacy.id],
    });
    const inner = await wb.call('passages-create', {
      document_id: doc.id,
      start: 40,
      end: 80,
      tag_ids: [actor.id],
    });
    const overlap = await wb.call('passages-create', {
      document_id: doc.id,
      start: 100,
      end: 200,
      tag_ids: [actor.id, diplomacy.id],
    });
    const listed = await wb.call('passages-for-document', { document_id: doc.id });
    assert.deepEqual(
      listed.map((p) => [p.id, p.start, p.end, p.tag_ids.length]),
      [
        [outer.id, 0, 120, 1],
        [inner.id, 40, 80, 1],
        [overlap.id, 100, 200, 2],
      ],
    );
  });

  test('coding the same range again adds tags to the existing passage', async () => {
    const wb = await sampleWorkbench();
    const doc = await germanDoc(wb);
    const a = await wb.call('tags-create', { name: 'A' });
    const b = await wb.call('tags-create', { name: 'B' });
    const first = await wb.call('passages-create', {
      document_id: doc.id,
      start: 10,
      end: 30,
      tag_ids: [a.id],
    });
    const again = await wb.call('passages-create', {
      document_id: doc.id,
      start: 10,
      end: 30,
      tag_ids: [b.id],
    });
    assert.equal(again.id, first.id);
    assert.deepEqual(again.tag_ids, [a.id, b.id]);
  });

  test('nudging moves an end one word from the stored passage, each press one undo step', async () => {
    const wb = await sampleWorkbench();
    const doc = await germanDoc(wb);
    const start = doc.body.indexOf('Sergej Lawrow');
    const passage = await wb.call('passages-create', { document_id: doc.id, start, end: start + 6 });
    assert.equal(passage.exact, 'Sergej');
    // Two presses sent before either answer came back: both count, as the engine steps from what it stored.
    const [, second] = await Promise.all([
      wb.call('passages-nudge', { id: passage.id, edge: 'end', direction: 1 }),
      wb.call('passages-nudge', { id: passage.id, edge: 'end', direction: 1 }),
    ]);
    const twoWords = doc.body.slice(start).split(/\s+/).slice(0, 3).join(' ');
    assert.equal(second.exact, twoWords);
    // An end cannot pass the start: the passage stays as it is, and no undo step is added.
    await wb.call('passages-nudge', { id: passage.id, edge: 'start', direction: 1 });
    await wb.call('passages-nudge', { id: passage.id, edge: 'start', direction: 1 });
    const last = await wb.call('passages-nudge', { id: passage.id, edge: 'start', direction: 1 });
    assert.equal(last.exact, doc.body.slice(start).split(/\s+/)[2]);
    assert.equal(
      (await wb.call('coding-undo-state', {})).undo_label,
      `resize “${doc.body.slice(start).split(/\s+/).slice(1, 3).join(' ')}”`,
    );
    await wb.call('coding-undo', {});
    await wb.call('coding-undo', {});
    await wb.call('coding-undo', {});
    const back = (await wb.call('passages-for-document', { document_id: doc.id }))[0]!;
    assert.equal(back.exact, 'Sergej Lawrow');
    await assert.rejects(
      wb.call('passages-nudge', { id: passage.id, edge: 'middle', direction: 1 } as never),
      /start or end/,
    );
  });

  test('a passage change names the passage, and passages-get fetches just it (a deleted one is absent)', async () => {
    const wb = await sampleWorkbench();
    const doc = await germanDoc(wb);
    const events: Array<{ document_ids: number[]; passage_ids?: number[] }> = [];
    wb.on('on-coding-changed', (payload) => events.push(payload));
    const start = doc.body.indexOf('Sergej Lawrow');
    const passage = await wb.call('passages-create', { document_id: doc.id, start, end: start + 6 });
    await wb.call('passages-nudge', { id: passage.id, edge: 'end', direction: 1 });
    assert.deepEqual(events, [
      { document_ids: [doc.id], passage_ids: [passage.id] },
      { document_ids: [doc.id], passage_ids: [passage.id] },
    ]);
    assert.deepEqual(
      (await wb.call('passages-get', { ids: [passage.id] })).map((p) => p.exact),
      ['Sergej Lawrow'],
    );
    await wb.call('passages-delete', { id: passage.id });
    assert.deepEqual(events.at(-1), { document_ids: [doc.id], passage_ids: [passage.id] });
    assert.deepEqual(await wb.call('passages-get', { ids: [passage.id] }), []);
    // Undo may touch anything: its event names no passages, so readers reload the whole list.
    await wb.call('coding-undo', {});
    assert.equal(events.at(-1)?.passage_ids, undefined);
  });

  test('resize, memo, speaker, untag — and every step undoes and redoes', async () => {
    const wb = await sampleWorkbench();
    const doc = await germanDoc(wb);
    const tag = await wb.call('tags-create', { name: 'Vaccine' });
    const start = doc.body.indexOf('Covid-19-Impfstoffs');
    const passage = await wb.call('passages-create', {
      document_id: doc.id,
      start,
      end: start + 5,
      tag_ids: [tag.id],
    });
    const resized = await wb.call('passages-update', {
      id: passage.id,
      end: start + 'Covid-19-Impfstoffs'.length,
    });
    assert.equal(resized.exact, 'Covid-19-Impfstoffs');
    await wb.call('passages-update', { id: passage.id, memo: 'Sputnik V talks' });
    await wb.call('passages-set-tags', { id: passage.id, remove: [tag.id] });
    let now = (await wb.call('passages-for-document', { document_id: doc.id }))[0]!;
    assert.deepEqual([now.exact, now.memo, now.tag_ids], ['Covid-19-Impfstoffs', 'Sputnik V talks', []]);

    let state = await wb.call('coding-undo', {}); // untag
    assert.equal(state.undo_label, 'memo on “Covid-19-Impfstoffs”');
    await wb.call('coding-undo', {}); // memo
    await wb.call('coding-undo', {}); // resize
    now = (await wb.call('passages-for-document', { document_id: doc.id }))[0]!;
    assert.deepEqual([now.exact, now.memo, now.tag_ids], ['Covid', '', [tag.id]]);
    await wb.call('coding-undo', {}); // create
    assert.deepEqual(await wb.call('passages-for-document', { document_id: doc.id }), []);
    state = await wb.call('coding-redo', {});
    assert.equal(state.can_redo, true);
    now = (await wb.call('passages-for-document', { document_id: doc.id }))[0]!;
    assert.deepEqual(
      [now.id, now.exact, now.tag_ids],
      [passage.id, 'Covid', [tag.id]],
      'redo brings back the same passage',
    );
    // A new action after undo clears the redo stack.
    await wb.call('passages-delete', { id: passage.id });
    assert.equal((await wb.call('coding-undo-state', {})).can_redo, false);
  });

  test('ranges outside the text are refused with the reason', async () => {
    const wb = await sampleWorkbench();
    const doc = await germanDoc(wb);
    await assert.rejects(
      wb.call('passages-create', { document_id: doc.id, start: 10, end: 10 }),
      /is not inside the text .* or is empty/,
    );
    await assert.rejects(
      wb.call('passages-create', { document_id: doc.id, start: 0, end: doc.body.length + 1 }),
      /not inside the text/,
    );
    await assert.rejects(
      wb.call('passages-create', { document_id: doc.id, start: 0, end: 5, tag_ids: [99] }),
      /Tag 99 does not exist/,
    );
  });

  test('the passage browser lists a tag with its sub-tags, with context, filtered by source and date', async () => {
    const wb = await sampleWorkbench();
    const docs = await wb.call('documents-list', {});
    const parent = await wb.call('tags-create', { name: 'Russia' });
    const child = await wb.call('tags-create', { name: 'Lavrov', parent_id: parent.id });
    for (const summary of docs) {
      const doc = await wb.call('documents-get', { id: summary.id });
      const at = doc.body.search(/Lavrov|Lawrow/);
      if (at >= 0)
        await wb.call('passages-create', {
          document_id: doc.id,
          start: at,
          end: at + 6,
          tag_ids: [child.id],
        });
    }
    const all = await wb.call('passages-list', { tag_id: parent.id });
    assert.equal(all.total, 4);
    assert.equal((await wb.call('passages-list', { tag_id: parent.id, include_subtags: false })).total, 0);
    const first = all.passages[0]!;
    assert.equal(first.document_published_at, '2022-06-27', 'dated documents first');
    assert.ok(first.context_before.endsWith('Sergei '), first.context_before);
    assert.ok(first.context_after.startsWith(' visited Azerbaijan'), first.context_after);
    assert.equal((await wb.call('passages-list', { tag_id: parent.id, source: 'Caucasus Watch' })).total, 2);
    assert.equal(
      (await wb.call('passages-list', { tag_id: parent.id, date_from: '2022-01', date_to: '2022-06' })).total,
      1,
    );
    const page = await wb.call('passages-list', { tag_id: parent.id, offset: 2, limit: 1 });
    assert.deepEqual([page.total, page.offset, page.passages.length], [4, 2, 1]);
  });

  test('auto-coding leaves out a dateline, knows a passage coded by hand, and skips the hits unticked', async () => {
    const wb = await sampleWorkbench();
    const tag = await wb.call('tags-create', { name: 'Visits' });
    const doc = (await wb.call('documents-list', {})).find((d) => d.title.includes('Lavrov'))!;
    const { body } = await wb.call('documents-get', { id: doc.id });
    const sentence = 'Last week, Russian Foreign Minister Sergei Lavrov visited Azerbaijan.';
    assert.ok(body.includes(`Turan: ${sentence}`), 'the sample opens with a dateline');
    // The first sentence, as a sentence hit: without "Baku/27.06.22/Turan:".
    const first = (
      await wb.call('autocode-preview', { query: '"visited Azerbaijan"', scope: 'sentence' })
    )[0]!;
    assert.equal(first.text, sentence);
    // Coded by hand with the dateline: the hit is already coded, and applying adds nothing.
    const start = body.indexOf('Baku/27.06.22');
    await wb.call('passages-create', {
      document_id: doc.id,
      start,
      end: body.indexOf(sentence) + sentence.length,
      tag_ids: [tag.id],
    });
    const preview = await wb.call('autocode-preview', {
      query: '"visited Azerbaijan"',
      scope: 'sentence',
      tag_id: tag.id,
    });
    assert.deepEqual(
      preview.map((hit) => hit.already_coded),
      [true],
    );
    assert.equal(
      (await wb.call('autocode-apply', { query: '"visited Azerbaijan"', tag_id: tag.id })).tagged,
      0,
    );
    // Unticked hits are left alone; the rest are coded.
    const lavrov = await wb.call('autocode-preview', { query: 'Lavrov', scope: 'sentence', tag_id: tag.id });
    const fresh = lavrov.filter((hit) => !hit.already_coded);
    assert.ok(fresh.length >= 3);
    const skip = fresh.slice(0, 2).map(({ document_id, start }) => ({ document_id, start }));
    const applied = await wb.call('autocode-apply', {
      query: 'Lavrov',
      scope: 'sentence',
      tag_id: tag.id,
      skip,
    });
    assert.equal(applied.tagged, fresh.length - 2);
    const after = await wb.call('autocode-preview', { query: 'Lavrov', scope: 'sentence', tag_id: tag.id });
    assert.deepEqual(
      after.filter((hit) => !hit.already_coded).map((hit) => hit.start),
      skip.map((hit) => hit.start),
    );
  });

  test('auto-coding: preview the hits, apply as one undo step, skip what is already coded', async () => {
    const wb = await sampleWorkbench();
    const tag = await wb.call('tags-create', { name: 'Minsk Group' });
    const preview = await wb.call('autocode-preview', {
      query: '"Minsk Group"',
      scope: 'sentence',
      tag_id: tag.id,
    });
    assert.ok(preview.length >= 1);
    for (const hit of preview) {
      assert.match(hit.text, /Minsk Group/);
      assert.match(hit.text, /[.!?”“]$/, `a whole sentence: ${hit.text}`);
    }
    const matchOnly = await wb.call('autocode-preview', { query: 'Minsk*', scope: 'match' });
    assert.ok(
      matchOnly.every((hit) => /^Minsk/.test(hit.text)),
      matchOnly.map((h) => h.text).join('|'),
    );
    const applied = await wb.call('autocode-apply', {
      query: '"Minsk Group"',
      scope: 'sentence',
      tag_id: tag.id,
    });
    assert.equal(applied.tagged, preview.length);
    assert.equal((await wb.call('tags-list', {}))[0]!.count, preview.length);
    const again = await wb.call('autocode-preview', {
      query: '"Minsk Group"',
      scope: 'sentence',
      tag_id: tag.id,
    });
    assert.ok(again.every((hit) => hit.already_coded));
    const state = await wb.call('coding-undo', {});
    assert.equal(state.redo_label, 'auto-code “"Minsk Group"” as “Minsk Group”');
    assert.equal((await wb.call('tags-list', {}))[0]!.count, 0, 'one undo removes the whole auto-coding');
  });
});

describe('speakers', () => {
  test('spellings of one name group together, in the list and in filters', async () => {
    const wb = await sampleWorkbench();
    const docs = await wb.call('documents-list', {});
    for (const [index, name] of ['Sergei Lavrov', 'Sergey Lavrov', 'Sergej Lawrow'].entries()) {
      const doc = await wb.call('documents-get', { id: docs[index]!.id });
      await wb.call('passages-create', {
        document_id: doc.id,
        start: 0,
        end: 10,
        kind: 'quote',
        speaker: name,
      });
    }
    const lavrov = (await wb.call('speakers-list', {})).find(
      (s) => s.aliases.length > 0 || s.speaker.includes('Lavrov'),
    )!;
    assert.equal(lavrov.quotes, 3);
    assert.equal(lavrov.documents, 3);
    assert.equal([lavrov.speaker, ...lavrov.aliases].length, 3);
    assert.equal((await wb.call('passages-list', { speaker: 'sergej lawrow' })).total, 3);
  });
});
