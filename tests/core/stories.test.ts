import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { Workbench } from '../../src/core/workbench';
import { minhashSignature, similarity } from '../../src/core/documents/minhashSignature';
import { scoreStories } from './helpers/scoreStories';
import { tempDir, tempWorkbench } from './helpers/tempProject';

// One wire story, as Reuters sent it.
const WIRE = [
  'TBILISI, May 14 (Reuters) - Georgia\'s parliament on Tuesday passed a law on "foreign influence" that critics say mirrors Russian legislation used to crush dissent, defying weeks of mass protests and warnings from the European Union that it would harm the country\'s bid to join the bloc.',
  'Lawmakers voted 84 to 30 in favour of the bill in its third and final reading, while thousands of protesters gathered outside the parliament building in central Tbilisi, waving Georgian and EU flags.',
  'The law requires media outlets and non-governmental organisations that receive more than 20% of their funding from abroad to register as agents pursuing the interests of a foreign power.',
  'President Salome Zourabichvili, who is at odds with the ruling Georgian Dream party, has said she will veto the law, but the party has enough votes in parliament to override her.',
  'EU foreign policy chief Josep Borrell said the adoption of the law was a very concerning step and that the bloc would consider its response, without giving details.',
  'Georgian Dream says the law is needed to increase transparency and to protect the country from foreign interference in its domestic politics.',
  '(Reporting by Felix Light; Editing by Mark Trevelyan)',
].join('\n\n');

const OUTLET_A = [
  'Caucasus Daily',
  'Georgia adopts foreign agents law despite protests',
  WIRE,
  'We use cookies to give you the best experience on our website. By continuing you accept our cookie policy.',
  'Caucasus Daily',
].join('\n\n');

// Another outlet: its own headline, a trimmed end and two small edits.
const OUTLET_B = [
  'EU warns Tbilisi as parliament passes contested bill',
  WIRE.replace('waving Georgian and EU flags', 'waving flags')
    .replace('a very concerning step', 'a deeply concerning step')
    .split('\n\n')
    .slice(0, 6)
    .join('\n\n'),
  'Subscribe to our newsletter for the latest news from the region.',
].join('\n\n');

// The same outlet's corrected re-post.
const CORRECTED = [
  'Georgia adopts foreign agents law despite protests (corrected)',
  WIRE.replace('84 to 30', '84 to 4'),
  'Corrects vote count in paragraph 2.',
].join('\n\n');

// The same event, written independently: same names, same numbers, different text.
const UNRELATED_SAME_TOPIC = [
  'Tbilisi protesters vow to fight on after vote',
  "Thousands of people filled Rustaveli Avenue on Tuesday evening after Georgia's parliament approved the foreign influence bill, promising to keep up their protests until the law is withdrawn.",
  'Many of the demonstrators were students. "We will not give up our European future," said one, a 20-year-old law student who declined to give her surname.',
  'Opposition parties called for a general strike, while President Salome Zourabichvili repeated that she would veto the law passed by Georgian Dream lawmakers, 84 to 30.',
  'Police detained several people near the parliament late in the evening, the interior ministry said.',
].join('\n\n');

const OTHER_STORY = [
  'Armenia and Azerbaijan agree border section',
  'Armenia and Azerbaijan have agreed on the first section of their common border, in the Tavush region, the two governments said on Friday after a meeting of their border commissions.',
  'The agreement covers about 12 kilometres and four villages, and is the first concrete step in demarcating the border since the two countries became independent.',
].join('\n\n');

test('MinHash similarity: reprints high, the same topic written independently low', () => {
  const wire = minhashSignature(WIRE);
  assert.ok(similarity(wire, minhashSignature(OUTLET_B)) > 0.6);
  assert.ok(similarity(wire, minhashSignature(UNRELATED_SAME_TOPIC)) < 0.1);
  assert.equal(similarity(minhashSignature(''), minhashSignature('')), 0, 'empty texts match nothing');
});

test('the same wire story from several outlets and a corrected re-post form one story; never merged', async () => {
  const workbench = tempWorkbench();
  const dir = tempDir();
  const files: Record<string, string> = {
    'wire.txt': WIRE,
    'outlet-a.txt': OUTLET_A,
    'outlet-b.txt': OUTLET_B,
    'corrected.txt': CORRECTED,
    'same-topic.txt': UNRELATED_SAME_TOPIC,
    'other.txt': OTHER_STORY,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // Two imports: stories form across imports too.
  const first = await workbench.call('import-paths', {
    paths: ['wire.txt', 'same-topic.txt', 'other.txt'].map((name) => join(dir, name)),
  });
  const second = await workbench.call('import-paths', {
    paths: ['outlet-a.txt', 'outlet-b.txt', 'corrected.txt'].map((name) => join(dir, name)),
  });
  assert.equal(first.imported + second.imported, 6, 'every document is kept');
  const docs = await workbench.call('documents-list', {});
  const byFile = new Map(docs.map((doc) => [doc.origin_path!.split('/').pop()!, doc]));
  const wire = byFile.get('wire.txt')!;
  assert.ok(wire.story_id !== null);
  for (const name of ['outlet-a.txt', 'outlet-b.txt', 'corrected.txt'])
    assert.equal(byFile.get(name)!.story_id, wire.story_id, `${name} is the same story`);
  assert.equal(byFile.get('same-topic.txt')!.story_id, null, 'the same topic is not the same story');
  assert.equal(byFile.get('other.txt')!.story_id, null);

  const detail = await workbench.call('documents-get', { id: wire.id });
  assert.equal(detail.same_story.length, 3, 'same story in 4 documents');
  // The wire's dateline names the agency in each reprint; the outlets' headlines differ.
  assert.deepEqual(detail.same_story.map((doc) => doc.title).sort(), [
    'EU warns Tbilisi as parliament passes contested bill',
    'Georgia adopts foreign agents law despite protests',
    'Georgia adopts foreign agents law despite protests (corrected)',
  ]);

  const onePerStory = await workbench.call('documents-list', { one_per_story: true });
  assert.equal(onePerStory.length, 3, 'the story, the same-topic piece and the other story');
  assert.ok(onePerStory.some((doc) => doc.id === wire.story_id));
});

test('a trashed reprint leaves the story', async () => {
  const workbench = tempWorkbench();
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), WIRE);
  writeFileSync(join(dir, 'b.txt'), OUTLET_A);
  const report = await workbench.call('import-paths', { paths: [join(dir, 'a.txt'), join(dir, 'b.txt')] });
  const [a, b] = report.outcomes.map((o) => (o.status === 'imported' ? o.id : 0)) as [number, number];
  assert.equal((await workbench.call('documents-get', { id: a })).same_story.length, 1);
  await workbench.call('documents-delete', { ids: [b] });
  assert.equal((await workbench.call('documents-get', { id: a })).same_story.length, 0);
});

test('stories on the news development set: reprints, trimmed copies and re-posts of 47 texts', async () => {
  const result = await scoreStories();
  console.log(
    `Stories: ${result.documents} documents, ${result.pairs} same-story pairs · precision ${(result.precision * 100).toFixed(1)}% · recall ${(result.recall * 100).toFixed(1)}%`,
  );
  assert.equal(result.precision, 1, result.misses.filter((m) => m.startsWith('grouped')).join('\n'));
  assert.ok(result.recall >= 0.9, result.misses.join('\n'));
});

/**
 * Imports the wire story into a project, rewinds the project with `rewind` to what an earlier
 * Lectern left, then imports a reprint with today's: the upgrade must let the reprint find it.
 */
async function oldProjectFindsReprint(rewind: (path: string) => void): Promise<void> {
  const dir = tempDir();
  const path = join(dir, 'old.lectern');
  writeFileSync(join(dir, 'wire.txt'), WIRE);
  writeFileSync(join(dir, 'outlet-a.txt'), OUTLET_A);
  const before = new Workbench(path);
  await before.call('import-paths', { paths: [join(dir, 'wire.txt')] });
  before.close();
  rewind(path);
  const after = new Workbench(path);
  try {
    await after.call('import-paths', { paths: [join(dir, 'outlet-a.txt')] });
    const docs = await after.call('documents-list', {});
    assert.equal(docs.length, 2);
    assert.ok(docs[0]!.story_id !== null && docs[0]!.story_id === docs[1]!.story_id, 'one story');
  } finally {
    after.close();
  }
}

test('a project from before story buckets: its documents are bucketed on upgrade and found by the next import', () =>
  oldProjectFindsReprint((path) => {
    // Back to schema 13, as an earlier Lectern left it: no story_bands (migration 0014), nor the
    // indexes and tables of the migrations after it (0015 search, 0016 speakers, 0017 story
    // signatures), which the upgrade creates again.
    const old = new Database(path);
    old.exec('DROP TABLE story_bands; DROP TABLE story_signatures; DROP TABLE story_resign');
    for (const index of ['documents_newest', 'quote_suggestions_speakers', 'passages_quote_speakers'])
      old.exec(`DROP INDEX ${index}`);
    old.pragma('user_version = 13');
    old.close();
  }));

/** Rewinds a project to schema 16, before story signatures had their own table and kind. */
function rewindTo16(path: string): void {
  const old = new Database(path);
  // What an earlier Lectern left: buckets of its own kind of signature, which match nothing now.
  old.exec(`DROP TABLE story_signatures; DROP TABLE story_resign;
    UPDATE story_bands SET hash = randomblob(12);`);
  old.pragma('user_version = 16');
  old.close();
}

test('a project from before story signatures: its documents are signed again on upgrade and found by the next import', () =>
  oldProjectFindsReprint(rewindTo16));

test('a large project from before story signatures is signed in background steps, then its stories are announced', async () => {
  const dir = tempDir();
  const path = join(dir, 'large.lectern');
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  // 600 distinct texts (more than are signed at once on opening), plus a reprint of the wire story.
  for (let i = 0; i < 600; i++)
    writeFileSync(
      join(corpus, `note-${i}.txt`),
      `Note ${i}\n\nHarbour log entry number ${i} records ${i * 7} crates of ${i % 13} kinds unloaded at berth ${i % 29}.\n`,
    );
  writeFileSync(join(corpus, 'wire.txt'), WIRE);
  const before = new Workbench(path);
  await before.call('import-paths', { paths: [corpus] });
  before.close();
  rewindTo16(path);
  // The reprint arrives in the old project: it can only find the wire story once that is signed again.
  const after = new Workbench(path);
  const db = new Database(path, { readonly: true });
  const queued = () => (db.prepare('SELECT count(*) AS n FROM story_resign').get() as { n: number }).n;
  try {
    // Every change announced until the backlog is done (the import announces its own, too).
    const announced: number[] = [];
    const caughtUp = new Promise<void>((resolve) => {
      const off = after.on('on-documents-changed', ({ ids }) => {
        announced.push(...ids);
        if (queued() === 0) {
          off();
          resolve();
        }
      });
    });
    writeFileSync(join(dir, 'outlet-a.txt'), OUTLET_A);
    await after.call('import-paths', { paths: [join(dir, 'outlet-a.txt')] });
    {
      // Opening answered at once: most of the backlog is still queued after the first import.
      assert.ok(queued() > 0);
      // The steps never hold a process open (a CLI command exits without waiting for them); the
      // app's process stays up, as this timer keeps the test's.
      const alive = setInterval(() => {}, 1000);
      await caughtUp;
      clearInterval(alive);
      assert.equal((db.prepare('SELECT count(*) AS n FROM story_signatures').get() as { n: number }).n, 602);
      const wire = db
        .prepare("SELECT id, story_id FROM documents WHERE origin_path LIKE '%wire.txt'")
        .get() as {
        id: number;
        story_id: number | null;
      };
      assert.ok(wire.story_id !== null, 'the old wire story found its reprint');
      assert.ok(announced.includes(wire.id), 'the regrouped document was announced');
    }
  } finally {
    db.close();
    after.close();
  }
});
