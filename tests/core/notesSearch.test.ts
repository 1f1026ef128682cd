import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { openDatabase } from '../../src/core/db/open';
import { Workbench } from '../../src/core/workbench';
import { noteJson, paragraph, text } from '../fixtures/noteJson';
import { tempDir } from './helpers/tempProject';

const ENGLISH = 'The EU agreed a new sanction on Russian banks after the talks with Lavrov in Geneva.';
const GERMAN =
  'Die Ukraine fordert einen sicheren Getreidekorridor im Schwarzen Meer, sagte der Außenminister.';

/**
 * Notes are searched in the same box with the same linguistics as documents: Snowball stems in
 * the note's language, German compounds by their parts, exact forms when quoted, the same syntax.
 */
describe('notes are searched like documents', () => {
  let path: string;
  let workbench: Workbench;
  const notes = async (query: string) =>
    (await workbench.call('search', { query })).notes.map((note) => note.title).sort();

  before(async () => {
    path = join(tempDir(), 'project.lectern');
    workbench = new Workbench(path);
    const create = (title: string, body: string) =>
      workbench.call('notes-create', { title, lexical_json: noteJson(paragraph(text(body))) });
    await create('Geneva memo', ENGLISH);
    await create('Schwarzmeer', GERMAN);
    // Too short for the language detector: indexed with English and German stems.
    await create('Todo', 'Sanctions list');
  });

  test('sanctions finds a note that says sanction; quoted, only the exact form', async () => {
    assert.deepEqual(await notes('sanctions'), ['Geneva memo', 'Todo']);
    assert.deepEqual(await notes('"sanctions"'), ['Todo']);
    assert.deepEqual(await notes('sanction'), ['Geneva memo', 'Todo']);
    const hit = (await workbench.call('search', { query: 'sanctions' })).notes.find(
      (note) => note.title === 'Geneva memo',
    )!;
    const [start, end] = hit.highlights[0]!;
    assert.equal(hit.snippet.slice(start, end), 'sanction', 'the snippet marks the word form that matched');
  });

  test('Korridor finds Getreidekorridor in a German note; quoted, it does not; inflections meet', async () => {
    assert.deepEqual(await notes('Korridor'), ['Schwarzmeer']);
    assert.deepEqual(await notes('"Korridor"'), []);
    assert.deepEqual(await notes('Außenministers'), ['Schwarzmeer']);
  });

  test('the same syntax: OR, -exclusion, prefix*, NEAR, phrases, in:notes', async () => {
    assert.deepEqual(await notes('sanctions OR Korridor'), ['Geneva memo', 'Schwarzmeer', 'Todo']);
    assert.deepEqual(await notes('sanctions -Lavrov'), ['Todo']);
    assert.deepEqual(await notes('Getreide*'), ['Schwarzmeer']);
    assert.deepEqual(await notes('sanctions NEAR/3 bank'), ['Geneva memo']);
    assert.deepEqual(await notes('sanctions NEAR/1 Geneva'), []);
    assert.deepEqual(await notes('"new sanction"'), ['Geneva memo']);
    assert.deepEqual(await notes('"new sanctions"'), []);
    const only = await workbench.call('search', { query: 'Lawrow in:notes' });
    assert.equal(only.hits.length, 0);
    assert.deepEqual(
      only.notes.map((note) => note.title),
      ['Geneva memo'],
      'folding holds in notes too (Lawrow = Lavrov)',
    );
  });

  test('an edited note is found by its new words only; a note in the trash is not found', async () => {
    const todo = (await workbench.call('notes-list', {})).find((note) => note.title === 'Todo')!;
    await workbench.call('notes-save', {
      id: todo.id,
      lexical_json: noteJson(
        paragraph(text('Die Sanktionen gegen Russland werden verschärft, sagte die Kommission.')),
      ),
    });
    assert.deepEqual(await notes('Sanktion'), ['Todo']);
    assert.deepEqual(await notes('"Sanctions list"'), []);
    await workbench.call('notes-delete', { id: todo.id });
    assert.deepEqual(await notes('Sanktion'), []);
  });

  test('notes written before the index had stems are indexed again when the project opens', async () => {
    workbench.close();
    // What migration 0011 leaves behind: an empty notes index and every note owed an entry.
    const db = openDatabase(path);
    db.exec('DELETE FROM notes_fts; INSERT INTO notes_reindex (note_id) SELECT id FROM notes;');
    db.close();
    workbench = new Workbench(path);
    assert.deepEqual(await notes('sanctions'), ['Geneva memo']);
    assert.deepEqual(await notes('Korridor'), ['Schwarzmeer']);
    workbench.close();
  });
});
