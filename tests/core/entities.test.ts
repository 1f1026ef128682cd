import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { findEntities } from '../../src/core/entities/findEntities';
import { editDistance } from '../../src/core/entities/editDistance';
import { aliasesOf } from '../../src/core/entities/aliasesOf';
import type { Workbench } from '../../src/core/workbench';
import { sampleWorkbench, tempDir } from './helpers/tempProject';

describe('findEntities on one text', () => {
  const body =
    'VIENNA, March 4 (Agency) - Russian Foreign Minister Sergej Lawrow met Austrian Foreign Minister ' +
    'Sebastian Kurz in Wien. The Interior Ministry and the World Health Organization were not involved.\n\n' +
    '„Wir reden miteinander“, sagte Lawrow. Innenministerin Johanna Mikl-Leitner war in Moskau.';
  const found = findEntities(body);
  const named = (kind: string) => found.filter((e) => e.kind === kind).map((e) => e.name);

  test('people: full names, hyphenated names whole, each mention located', () => {
    assert.deepEqual(named('person').sort(), ['Johanna Mikl-Leitner', 'Sebastian Kurz', 'Sergej Lawrow']);
    const lawrow = found.find((e) => e.name === 'Sergej Lawrow')!;
    assert.deepEqual(
      lawrow.mentions.map(([start, end]) => body.slice(start, end)),
      ['Sergej Lawrow', 'Lawrow'],
    );
  });

  test('places from the gazetteer in any language, and the dateline', () => {
    const places = found.filter((e) => e.kind === 'place');
    const vienna = places.find((e) => e.name === 'Vienna')!;
    assert.equal(vienna.mentions.length, 2, 'VIENNA (dateline) and Wien');
    assert.ok(vienna.aliases.includes('Wien'));
    assert.ok(places.some((e) => e.name === 'Moscow' && e.aliases.includes('Moskau')));
  });

  test('organisations: institution heads and names', () => {
    const orgs = named('organisation');
    assert.ok(orgs.includes('Interior Ministry'), orgs.join(', '));
    assert.ok(orgs.includes('World Health Organization'), orgs.join(', '));
  });

  test('edit distance counts a transposition once', () => {
    assert.equal(editDistance('sregey lavrov', 'sergey lavrov'), 1);
    assert.equal(editDistance('lavrov', 'bayramov', 2), 3);
  });
});

describe('the entity index over a project', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await sampleWorkbench();
    const dir = tempDir();
    writeFileSync(
      join(dir, 'lavrov-ru.txt'),
      'Лавров о переговорах\n\nМинистр иностранных дел Сергей Лавров заявил журналистам.\n',
    );
    writeFileSync(
      join(dir, 'lawrow-de.txt'),
      'Lawrow in Wien\n\nDer russische Außenminister Sergej Lawrow traf Kurz. „Wir setzen die Gespräche fort, auch im Winter“, sagte Lawrow am Dienstag.\n',
    );
    const report = await workbench.call('import-paths', { paths: [dir] });
    assert.equal(report.imported, 2, JSON.stringify(report.outcomes));
  });

  test('one person across spellings and scripts, with document and quote counts', async () => {
    const page = await workbench.call('entities-list', { query: 'Lawrow', kind: 'person' });
    const lavrov = page.items.find((e) => /Lavrov|Lawrow/.test(e.name) && !/Sregey/.test(e.name))!;
    assert.ok(lavrov, JSON.stringify(page.items.map((e) => e.name)));
    for (const spelling of ['Sergej Lawrow', 'Sergei Lavrov'])
      assert.ok([lavrov.name, ...lavrov.aliases].includes(spelling), `${spelling} in ${lavrov.aliases}`);
    assert.ok(lavrov.documents >= 4, `documents ${lavrov.documents}`);
    assert.ok(lavrov.suggested >= 5, `suggested ${lavrov.suggested}`);
  });

  test('a typo in the source is offered for confirmation, never merged silently', async () => {
    const typos = await workbench.call('entities-typos', { kind: 'person' });
    const sregey = typos.find(
      (pair) => pair.other.name === 'Sregey Lavrov' || pair.keep.name === 'Sregey Lavrov',
    );
    assert.ok(sregey, JSON.stringify(typos));
    assert.equal(sregey.distance, 1);
    const speakers = await workbench.call('speakers-list', {});
    assert.ok(
      speakers.some((s) => s.speaker === 'Sregey Lavrov'),
      'still its own speaker before the merge',
    );
  });

  test('merge, rename and a linked role: the speakers view and quote filters follow', async () => {
    const typos = await workbench.call('entities-typos', { kind: 'person' });
    const pair = typos.find((p) => [p.keep.name, p.other.name].includes('Sregey Lavrov'))!;
    const keep = pair.keep.name === 'Sregey Lavrov' ? pair.other : pair.keep;
    const other = pair.keep.name === 'Sregey Lavrov' ? pair.keep : pair.other;
    const before = await workbench.call('quotes-list', { speaker: keep.name });
    const merged = await workbench.call('entities-merge', { into: keep.id, ids: [other.id] });
    assert.ok(merged.aliases.includes('Sregey Lavrov'));
    const renamed = await workbench.call('entities-rename', { id: keep.id, name: 'Sergey Lavrov' });
    assert.equal(renamed.name, 'Sergey Lavrov');

    const speakers = await workbench.call('speakers-list', {});
    assert.ok(!speakers.some((s) => s.speaker === 'Sregey Lavrov'), 'the typo joined Lavrov');
    const lavrov = speakers.find((s) => s.speaker === 'Sergey Lavrov')!;
    assert.ok(lavrov.aliases.includes('Sregey Lavrov'));
    // Every spelling finds every quote: Lawrow, the typo and the Cyrillic spelling.
    const after = await workbench.call('quotes-list', { speaker: 'Lawrow' });
    assert.ok(after.length > before.length, `${after.length} > ${before.length}`);
    assert.deepEqual(
      (await workbench.call('quotes-list', { speaker: 'Лавров' })).map((q) => q.id),
      after.map((q) => q.id),
    );

    // A quote given to the role alone counts as his once the role is linked.
    await workbench.call('entities-link-role', { id: keep.id, role: 'the head Russian Foreign Ministry' });
    assert.deepEqual(
      aliasesOf(workbench.db, 'Lawrow')?.aliases.includes('the head Russian Foreign Ministry'),
      true,
    );

    // Undo takes the link back.
    await workbench.call('coding-undo', {});
    assert.equal(
      aliasesOf(workbench.db, 'Lawrow')?.aliases.includes('the head Russian Foreign Ministry'),
      false,
    );
  });

  test('split moves an alias and its mentions into an entity of its own', async () => {
    const lavrov = (await workbench.call('entities-list', { query: 'Sergey Lavrov', kind: 'person' }))
      .items[0]!;
    const split = await workbench.call('entities-split', { id: lavrov.id, aliases: ['Sergej Lawrow'] });
    assert.equal(split.name, 'Sergej Lawrow');
    assert.ok(split.mentions >= 1);
    const rest = (
      await workbench.call('entities-list', { query: 'Sergey Lavrov', kind: 'person' })
    ).items.find((e) => e.id === lavrov.id)!;
    assert.ok(rest.mentions < lavrov.mentions);
  });

  test('the list pages and reports the total', async () => {
    const first = await workbench.call('entities-list', { limit: 3 });
    const second = await workbench.call('entities-list', { limit: 3, offset: 3 });
    assert.equal(first.items.length, 3);
    assert.ok(first.total > 6);
    assert.ok(!second.items.some((e) => first.items.some((f) => f.id === e.id)));
  });
});
