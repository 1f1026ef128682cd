import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LecternError } from '../../src/shared/errors';
import { noteJson, noteLink, paragraph, passageEmbed, tagRef, text } from '../fixtures/noteJson';
import { sampleWorkbench, tempWorkbench } from './helpers/tempProject';

describe('notes', () => {
  test('create, save, rename, list by update time, search by title and text (folded)', async () => {
    const wb = tempWorkbench();
    const a = await wb.call('notes-create', { title: 'Russia and the mediation' });
    const b = await wb.call('notes-create', {});
    assert.equal(b.title, 'Untitled');
    assert.equal((await wb.call('notes-create', {})).title, 'Untitled 2', 'new notes are told apart');
    await wb.call('notes-save', {
      id: b.id,
      lexical_json: noteJson(paragraph(text('Lawrow sprach über Sanktionen.'))),
    });
    await wb.call('notes-rename', { id: b.id, title: '  Sanctions   draft ' });
    const listed = await wb.call('notes-list', {});
    assert.equal(listed[0]!.title, 'Sanctions draft', 'most recently updated first');
    assert.equal(listed[0]!.word_count, 4);
    assert.deepEqual(
      (await wb.call('notes-list', { query: 'lavrov' })).map((n) => n.id),
      [b.id],
      'text search folds spellings',
    );
    assert.deepEqual(
      (await wb.call('notes-list', { query: 'media' })).map((n) => n.id),
      [a.id],
      'the last word is a prefix',
    );
    assert.deepEqual(
      (await wb.call('notes-list', { sort: 'title' })).map((n) => n.title),
      ['Russia and the mediation', 'Sanctions draft', 'Untitled 2'],
    );
  });

  test('edits landing in the same millisecond still list in the order they were made', async () => {
    const wb = tempWorkbench();
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) ids.push((await wb.call('notes-create', { title: `Note ${i}` })).id);
    // Touch them in a shuffled order, faster than the clock ticks.
    const touched = [...ids].sort((a, b) => ((a * 7919) % 31) - ((b * 7919) % 31));
    for (const id of touched) await wb.call('notes-rename', { id, title: `Edited ${id}` });
    const listed = (await wb.call('notes-list', {})).map((n) => n.id);
    assert.deepEqual(listed, [...touched].reverse(), 'last edited first, in edit order');
  });

  test('delete moves to the trash; restore brings it back; purge only from the trash', async () => {
    const wb = tempWorkbench();
    const note = await wb.call('notes-create', {
      title: 'Draft',
      lexical_json: noteJson(paragraph(text('Unique wording zebra.'))),
    });
    await wb.call('notes-delete', { id: note.id });
    assert.deepEqual(await wb.call('notes-list', {}), []);
    assert.deepEqual(
      (await wb.call('notes-list', { trash: true })).map((n) => n.id),
      [note.id],
    );
    assert.deepEqual(await wb.call('notes-list', { query: 'zebra' }), [], 'trashed notes are out of search');
    await wb.call('notes-restore', { id: note.id });
    assert.deepEqual(
      (await wb.call('notes-list', { query: 'zebra' })).map((n) => n.id),
      [note.id],
    );
    await assert.rejects(wb.call('notes-purge', { id: note.id }), /is not in the trash; move it there first/);
    await wb.call('notes-delete', { id: note.id });
    await wb.call('notes-purge', { id: note.id });
    await assert.rejects(
      wb.call('notes-get', { id: note.id }),
      (e: unknown) => e instanceof LecternError && e.code === 'not-found',
    );
  });

  test('revisions keep earlier states, at most one per interval, and restore is itself revisable', async () => {
    const wb = tempWorkbench();
    const note = await wb.call('notes-create', {
      title: 'Essay',
      lexical_json: noteJson(paragraph(text('First version.'))),
    });
    await wb.call('notes-save', { id: note.id, lexical_json: noteJson(paragraph(text('Second version.'))) });
    await wb.call('notes-save', { id: note.id, lexical_json: noteJson(paragraph(text('Third version.'))) });
    let revisions = await wb.call('notes-revisions', { id: note.id });
    assert.equal(revisions.length, 1, 'saves within five minutes share one revision');
    assert.equal(revisions[0]!.excerpt, 'First version.');
    // Age the revision: the next save keeps the state it replaces.
    wb.db.prepare("UPDATE note_revisions SET created_at = '2020-01-01T00:00:00.000Z'").run();
    await wb.call('notes-save', { id: note.id, lexical_json: noteJson(paragraph(text('Fourth version.'))) });
    revisions = await wb.call('notes-revisions', { id: note.id });
    assert.deepEqual(
      revisions.map((r) => r.excerpt),
      ['Third version.', 'First version.'],
    );
    const restored = await wb.call('notes-revision-restore', { revision_id: revisions[1]!.id });
    assert.match(restored.lexical_json, /First version\./);
    assert.equal(
      (await wb.call('notes-revisions', { id: note.id }))[0]!.excerpt,
      'Fourth version.',
      'the replaced state is kept',
    );
  });

  test('links and quote embeds drive backlinks, with context; a missing target is created on resolve', async () => {
    const wb = await sampleWorkbench();
    const [doc] = await wb.call('documents-list', {});
    const tag = await wb.call('tags-create', { name: 'Mediation' });
    const passage = await wb.call('passages-create', {
      document_id: doc!.id,
      start: 0,
      end: 30,
      tag_ids: [tag.id],
    });
    const target = await wb.call('notes-create', { title: 'Mediation formats' });
    const source = await wb.call('notes-create', {
      title: 'Overview',
      lexical_json: noteJson(
        paragraph(
          text('See '),
          noteLink('Mediation formats', target.id),
          text(' and the coding '),
          tagRef(tag.id, 'Mediation'),
        ),
        passageEmbed(passage.id, { exact: passage.exact, document_id: doc!.id, document_title: doc!.title }),
      ),
    });
    const toNote = await wb.call('notes-backlinks', { note_id: target.id });
    assert.deepEqual(
      toNote.map((b) => [b.note_id, b.note_title]),
      [[source.id, 'Overview']],
    );
    assert.match(toNote[0]!.context, /^See Mediation formats and the coding #Mediation$/);
    assert.equal((await wb.call('notes-backlinks', { passage_id: passage.id })).length, 1);
    assert.equal((await wb.call('notes-backlinks', { document_id: doc!.id })).length, 1);
    assert.equal((await wb.call('notes-backlinks', { tag_id: tag.id })).length, 1);
    await wb.call('notes-delete', { id: source.id });
    assert.deepEqual(
      await wb.call('notes-backlinks', { note_id: target.id }),
      [],
      'a trashed note links nowhere',
    );

    const created = await wb.call('notes-resolve-link', { title: 'A note that did not exist' });
    assert.equal(
      (await wb.call('notes-resolve-link', { title: 'a note that did not exist' })).id,
      created.id,
      'same title, same note',
    );
  });

  test('the [[ autocomplete offers notes and documents, prefix matches first', async () => {
    const wb = await sampleWorkbench();
    await wb.call('notes-create', { title: 'Lavrov quotes' });
    await wb.call('notes-create', { title: 'On Lavrov' });
    const targets = await wb.call('notes-link-targets', { query: 'lav' });
    assert.deepEqual(
      targets.slice(0, 2).map((t) => [t.kind, t.title]),
      [
        ['note', 'Lavrov quotes'],
        ['document', 'Lavrov on the Armenian-Azerbaijani border clash'],
      ],
    );
    assert.ok(targets.some((t) => t.title === 'On Lavrov'));
    assert.deepEqual(
      await wb.call('notes-link-targets', { query: '100%_' }),
      [],
      'LIKE wildcards are literal',
    );
  });

  test('citations read passages live and report deleted ones', async () => {
    const wb = await sampleWorkbench();
    const [doc] = await wb.call('documents-list', {});
    const passage = await wb.call('passages-create', {
      document_id: doc!.id,
      start: 0,
      end: 12,
      kind: 'quote',
      speaker: 'Someone',
    });
    const [live, gone] = await wb.call('passages-citations', { ids: [passage.id, 999_999] });
    assert.deepEqual(
      [live!.status, live!.speaker, live!.document_title],
      ['anchored', 'Someone', doc!.title],
    );
    assert.equal(gone!.status, 'deleted');
  });

  test('bad note JSON is refused with the reason and nothing changes', async () => {
    const wb = tempWorkbench();
    const note = await wb.call('notes-create', {
      title: 'Safe',
      lexical_json: noteJson(paragraph(text('Kept.'))),
    });
    await assert.rejects(
      wb.call('notes-save', { id: note.id, lexical_json: '{"nope":1}' }),
      /not a Lexical editor state/,
    );
    await assert.rejects(wb.call('notes-save', { id: note.id, lexical_json: '{' }), /not valid JSON/);
    assert.match((await wb.call('notes-get', { id: note.id })).lexical_json, /Kept\./);
  });
});
