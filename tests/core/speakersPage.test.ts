import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Speaker } from '../../src/shared/model';
import { tempDir, tempWorkbench } from './helpers/tempProject';

const FIRST = ['Mara', 'Jonas', 'Ilse', 'Tomas', 'Vera', 'Anton', 'Lena', 'Pavel'];
const LAST = ['Lind', 'Berg', 'Novak', 'Haas', 'Kuznets'];
/** 40 people; the first is also written "Sergei" / "Sergey" Lavrov, which is one person. */
const PEOPLE = ['Sergey Lavrov', ...FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`))].slice(
  0,
  40,
);
const DOCUMENTS = 300;
const QUOTES_PER_DOCUMENT = 10;

/** Who says quote `q` of story `d`: a skewed, deterministic choice, so counts differ per person. */
function speakerOf(d: number, q: number): string {
  const x = (d * 7919 + q * 104729) % 1000;
  const person = Math.floor(Math.sqrt(x * 1.6)); // 0..39, the first people far more often
  if (person === 0) return q % 2 === 0 ? 'Sergei Lavrov' : 'Sergey Lavrov';
  return PEOPLE[person]!;
}

test('speakers are grouped, ordered and paged in SQLite over a few thousand quotations', async () => {
  const workbench = tempWorkbench();
  const dir = join(tempDir(), 'corpus');
  mkdirSync(dir);
  const expected = new Map<string, { quotes: number; documents: Set<number> }>();
  for (let d = 0; d < DOCUMENTS; d++) {
    const paragraphs = [`Harbour story ${d}`];
    for (let q = 0; q < QUOTES_PER_DOCUMENT; q++) {
      const name = speakerOf(d, q);
      const person = name === 'Sergei Lavrov' ? 'Sergey Lavrov' : name;
      const entry = expected.get(person) ?? { quotes: 0, documents: new Set<number>() };
      entry.quotes++;
      entry.documents.add(d);
      expected.set(person, entry);
      paragraphs.push(`The board met again on day ${d}. “We will rebuild pier number ${q},” said ${name}.`);
    }
    writeFileSync(join(dir, `story-${d}.txt`), paragraphs.join('\n\n') + '\n');
  }
  const report = await workbench.call('import-paths', { paths: [dir] });
  assert.equal(report.imported, DOCUMENTS);
  // A large import returns searchable; its quotations are read in a second phase (importTwoPhase).
  assert.equal(report.quotations_pending, DOCUMENTS);
  await workbench.call('quotations-catch-up', {});

  const first = await workbench.call('speakers-page', { limit: 7 });
  assert.equal(first.total, expected.size, 'one row per person, counted in SQLite');
  assert.equal(first.rows.length, 7);

  // Every page by key, to the end: each person once, in the list's order.
  const seen: Speaker[] = [...first.rows];
  for (let after = first.next; after !== null;) {
    const page = await workbench.call('speakers-page', { limit: 7, after, count: false });
    assert.ok(page.rows.length <= 7);
    assert.equal(page.total, null);
    seen.push(...page.rows);
    after = page.next;
  }
  assert.equal(seen.length, expected.size);
  assert.equal(new Set(seen.map((row) => row.key)).size, seen.length, 'no person on two pages');
  for (let i = 1; i < seen.length; i++) {
    const [a, b] = [seen[i - 1]!, seen[i]!];
    const [ta, tb] = [a.quotes + a.suggested, b.quotes + b.suggested];
    assert.ok(
      ta > tb || (ta === tb && a.speaker.toLowerCase() <= b.speaker.toLowerCase()),
      `most quoted first, then by name: ${a.speaker} (${ta}) before ${b.speaker} (${tb})`,
    );
  }

  // The counts and groups a researcher reads in the list.
  for (const [person, { quotes, documents }] of expected) {
    const row = seen.find((s) => s.speaker === person || s.aliases.includes(person));
    assert.ok(row, `${person} is listed`);
    assert.equal(row.quotes + row.suggested, quotes, `${person}: quotations`);
    assert.equal(row.documents, documents.size, `${person}: documents`);
  }
  const lavrov = seen.filter((s) => /lavrov/i.test([s.speaker, ...s.aliases].join()));
  assert.equal(lavrov.length, 1, 'Sergei and Sergey Lavrov are one person');
  assert.deepEqual([lavrov[0]!.speaker, ...lavrov[0]!.aliases].sort(), ['Sergei Lavrov', 'Sergey Lavrov']);

  // Offset pages say the same as keyset pages.
  const third = await workbench.call('speakers-page', { limit: 7, offset: 14, count: false });
  assert.deepEqual(
    third.rows.map((row) => row.key),
    seen.slice(14, 21).map((row) => row.key),
  );

  // Filtering runs in SQLite too, over every spelling, folded.
  const found = await workbench.call('speakers-page', { query: 'SERGEI lav' });
  assert.equal(found.total, 1);
  assert.equal(found.rows[0]!.key, lavrov[0]!.key);
  const novaks = await workbench.call('speakers-page', { query: 'novak' });
  assert.equal(novaks.total, [...expected.keys()].filter((name) => name.endsWith('Novak')).length);
  // One person by any of their spellings (the details pane of a speaker's quotes).
  const one = await workbench.call('speakers-page', { speaker: 'Sergei Lavrov' });
  assert.deepEqual(
    one.rows.map((row) => row.key),
    [lavrov[0]!.key],
  );

  // Accepting a quotation moves it from suggested to quotes; the list agrees with speakers-list.
  const suggestion = (await workbench.call('quotes-page', { speaker: 'Vera Lind', limit: 1 })).rows[0]!;
  await workbench.call('quotes-accept', { id: suggestion.id });
  const vera = (await workbench.call('speakers-page', { speaker: 'Vera Lind' })).rows[0]!;
  assert.equal(vera.quotes, 1);
  assert.equal(vera.quotes + vera.suggested, expected.get('Vera Lind')!.quotes);
  const all = await workbench.call('speakers-list', {});
  assert.equal(all.length, expected.size);

  // Paging after a person who has left the list says what to do.
  await assert.rejects(workbench.call('speakers-page', { after: 'knobody' }), /no longer in the list/);
});
