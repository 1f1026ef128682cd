import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LecternError } from '../../src/shared/errors';
import { CLEARLY_DIFFERENT, colorDistance, pickTagColor } from '../../src/shared/tagColors';
import { sampleWorkbench } from './helpers/tempProject';

describe('the codebook', () => {
  test('a new tag’s colour differs clearly from its siblings’ and from the colours to avoid', async () => {
    const wb = await sampleWorkbench();
    const parent = await wb.call('tags-create', { name: 'Actors' });
    const children = [];
    for (const name of ['Russia', 'Azerbaijan', 'Turkey', 'Iran', 'Georgia', 'Armenia'])
      children.push(await wb.call('tags-create', { name, parent_id: parent.id }));
    for (const a of children)
      for (const b of children)
        if (a.id < b.id)
          assert.ok(
            colorDistance(a.color, b.color) >= 0.09,
            `${a.name} ${a.color} and ${b.name} ${b.color} look alike`,
          );
    // What the reader asks for: a colour unlike those already overlapping the passage.
    const overlapping = ['#e8590c', '#1c7ed6', '#2f9e44'];
    const chosen = pickTagColor(overlapping);
    for (const color of overlapping) assert.ok(colorDistance(chosen, color) >= CLEARLY_DIFFERENT * 0.9);
  });

  test('tags form a tree with counts that include sub-tags, each passage once', async () => {
    const wb = await sampleWorkbench();
    const actors = await wb.call('tags-create', { name: 'Actors' });
    const russia = await wb.call('tags-create', { name: 'Russia', parent_id: actors.id });
    const lavrov = await wb.call('tags-create', { name: 'Lavrov', parent_id: russia.id });
    const [doc] = await wb.call('documents-list', { sort: 'title', direction: 'asc' });
    const passage = await wb.call('passages-create', {
      document_id: doc!.id,
      start: 0,
      end: 20,
      tag_ids: [russia.id, lavrov.id],
    });
    await wb.call('passages-create', { document_id: doc!.id, start: 30, end: 50, tag_ids: [lavrov.id] });
    const tags = Object.fromEntries((await wb.call('tags-list', {})).map((tag) => [tag.name, tag]));
    assert.deepEqual([tags.Actors!.count, tags.Actors!.total], [0, 2]);
    assert.deepEqual([tags.Russia!.count, tags.Russia!.total], [1, 2]);
    assert.deepEqual([tags.Lavrov!.count, tags.Lavrov!.total], [2, 2]);
    assert.deepEqual(
      passage.tag_ids,
      [russia.id, lavrov.id].sort((a, b) => a - b),
    );
    assert.notEqual(actors.color, russia.color, 'new tags get distinct colours');
  });

  test('names are trimmed and unique among siblings, case-insensitively', async () => {
    const wb = await sampleWorkbench();
    const a = await wb.call('tags-create', { name: '  Sanctions  ' });
    assert.equal(a.name, 'Sanctions');
    await assert.rejects(wb.call('tags-create', { name: 'sanctions' }), /already exists at the top level/);
    await assert.rejects(wb.call('tags-create', { name: '   ' }), /needs a name/);
    await assert.rejects(wb.call('tags-create', { name: 'X', color: 'red' }), /not a colour/);
    const child = await wb.call('tags-create', { name: 'Sanctions', parent_id: a.id });
    assert.equal(child.parent_id, a.id, 'the same name is fine under another parent');
  });

  test('rename, recolour and memo', async () => {
    const wb = await sampleWorkbench();
    const tag = await wb.call('tags-create', { name: 'Mediaton' });
    const fixed = await wb.call('tags-update', {
      id: tag.id,
      name: 'Mediation',
      color: '#123456',
      memo: 'Third-party mediation (EU, US, Russia).',
    });
    assert.deepEqual(
      [fixed.name, fixed.color, fixed.memo],
      ['Mediation', '#123456', 'Third-party mediation (EU, US, Russia).'],
    );
  });

  test('move re-parents and reorders; a tag cannot go inside itself', async () => {
    const wb = await sampleWorkbench();
    const a = await wb.call('tags-create', { name: 'A' });
    const b = await wb.call('tags-create', { name: 'B' });
    const c = await wb.call('tags-create', { name: 'C' });
    let tags = await wb.call('tags-move', { id: c.id, parent_id: null, before_id: a.id });
    assert.deepEqual(
      tags.filter((t) => t.parent_id === null).map((t) => t.name),
      ['C', 'A', 'B'],
    );
    tags = await wb.call('tags-move', { id: b.id, parent_id: a.id });
    assert.equal(tags.find((t) => t.id === b.id)!.parent_id, a.id);
    await assert.rejects(wb.call('tags-move', { id: a.id, parent_id: b.id }), /cannot go inside itself/);
  });

  test('merge moves passages (and sub-tags) over; undo brings the tag back', async () => {
    const wb = await sampleWorkbench();
    const west = await wb.call('tags-create', { name: 'The West' });
    const eu = await wb.call('tags-create', { name: 'EU' });
    const sub = await wb.call('tags-create', { name: 'Brussels', parent_id: eu.id });
    const [doc] = await wb.call('documents-list', {});
    const p1 = await wb.call('passages-create', {
      document_id: doc!.id,
      start: 0,
      end: 10,
      tag_ids: [eu.id],
    });
    const p2 = await wb.call('passages-create', {
      document_id: doc!.id,
      start: 5,
      end: 15,
      tag_ids: [eu.id, west.id],
    });
    const tags = await wb.call('tags-merge', { id: eu.id, into_id: west.id });
    assert.ok(!tags.some((t) => t.id === eu.id));
    assert.equal(tags.find((t) => t.id === sub.id)!.parent_id, west.id);
    const merged = tags.find((t) => t.id === west.id)!;
    assert.equal(merged.count, 2);
    assert.deepEqual(
      (await wb.call('passages-list', { tag_id: west.id })).passages.map((p) => p.id).sort(),
      [p1.id, p2.id].sort(),
    );
    await wb.call('coding-undo', {});
    const restored = await wb.call('tags-list', {});
    assert.equal(restored.find((t) => t.id === eu.id)!.count, 2);
    assert.equal(restored.find((t) => t.id === sub.id)!.parent_id, eu.id);
    assert.equal(restored.find((t) => t.id === west.id)!.count, 1);
  });

  test('delete removes the tag, its sub-tags and their codings, and undo restores all of it', async () => {
    const wb = await sampleWorkbench();
    const parent = await wb.call('tags-create', { name: 'Conflict' });
    const child = await wb.call('tags-create', { name: 'Border clashes', parent_id: parent.id });
    const [doc] = await wb.call('documents-list', {});
    const passage = await wb.call('passages-create', {
      document_id: doc!.id,
      start: 0,
      end: 12,
      tag_ids: [child.id, parent.id],
    });
    const result = await wb.call('tags-delete', { id: parent.id });
    assert.deepEqual(result, { tags: 2, codings: 2 });
    assert.deepEqual(await wb.call('tags-list', {}), []);
    assert.deepEqual(
      (await wb.call('passages-for-document', { document_id: doc!.id }))[0]!.tag_ids,
      [],
      'the passage itself stays',
    );
    const state = await wb.call('coding-undo', {});
    assert.equal(state.redo_label, 'delete tag “Conflict”');
    assert.deepEqual((await wb.call('tags-list', {})).map((t) => t.name).sort(), [
      'Border clashes',
      'Conflict',
    ]);
    assert.deepEqual(
      (await wb.call('passages-for-document', { document_id: doc!.id }))[0]!.tag_ids,
      passage.tag_ids,
    );
    await wb.call('coding-redo', {});
    assert.deepEqual(await wb.call('tags-list', {}), []);
  });

  test('errors name the missing tag', async () => {
    const wb = await sampleWorkbench();
    await assert.rejects(
      wb.call('tags-update', { id: 404, name: 'x' }),
      (e: unknown) => e instanceof LecternError && e.code === 'not-found',
    );
  });
});
