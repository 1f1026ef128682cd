// kill -9 at random moments of import, auto-coding, note autosave, migration and backup. Each run
// starts a child doing the work, kills it after a random delay, then checks the project: SQLite's
// integrity check, all-or-nothing for the interrupted step, the search index matching the
// documents, and every listed backup a whole, verified copy. Seeded, so a failure can be replayed
// (LECTERN_FAULT_SEED); the seed and each run's delay are printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCopy, listBackups } from '../../../src/core/db/backups';
import { latestSchemaVersion } from '../../../src/core/db/migrate';
import { noteContent } from '../../../src/core/notes/noteContent';
import { parseNoteJson } from '../../../src/core/notes/noteJson';
import { Workbench } from '../../../src/core/workbench';
import { SAMPLE_DIR, tempDir } from '../helpers/tempProject';
import { requireRepo, runChild } from './childProcess';
import { databaseAtVersion } from './olderSchema';

const RUNS = Number(process.env.LECTERN_FAULT_RUNS ?? 3);
let seed = Number(process.env.LECTERN_FAULT_SEED ?? Date.now() % 100_000);
console.log(`kill loop: seed ${seed}, ${RUNS} runs per point`);
/** A small deterministic generator (mulberry32), so a seed replays the same delays. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Starts `code` in a child; once it prints READY, kills it after 0–`spread` ms. */
async function killAtRandom(code: string, spread: number): Promise<{ delay: number; finished: boolean }> {
  const delay = Math.round(random() * spread);
  const result = await runChild(code, {
    timeoutMs: 60_000,
    onLine: (line, kill) => {
      if (line === 'READY') setTimeout(kill, delay);
    },
  });
  assert.ok(result.stdout.includes('READY'), `the child never got going: ${result.stderr.slice(0, 2000)}`);
  return { delay, finished: result.stdout.includes('FINISHED') };
}

/** The checks every run ends with. */
async function checkProject(path: string): Promise<Workbench> {
  const workbench = new Workbench(path);
  assert.equal(workbench.db.pragma('integrity_check', { simple: true }), 'ok');
  const documents = (await workbench.call('project-info', {})).document_count;
  const indexed = (workbench.db.prepare('SELECT count(*) AS n FROM documents_fts').get() as { n: number }).n;
  assert.equal(indexed, documents, 'the search index holds exactly the documents');
  for (const backup of listBackups(path))
    assert.equal(checkCopy(backup.path), null, `${backup.file} is whole`);
  return workbench;
}

function corpus(files: number): string {
  const dir = join(tempDir(), 'corpus');
  mkdirSync(dir);
  for (let i = 0; i < files; i++) {
    const words = Array.from({ length: 200 }, (_, k) => `word${(i * 31 + k * 17) % 900}`).join(' ');
    writeFileSync(join(dir, `a-${i}.txt`), `Article ${i}\n\nLavrov said ${words}.\n`);
  }
  return dir;
}

const workbenchModule = requireRepo('src/core/workbench.ts');

test('kill -9 during import: all of a batch or none of it', { timeout: 240_000 }, async () => {
  const files = corpus(600);
  for (let run = 0; run < RUNS; run++) {
    const path = join(tempDir(), 'p.lectern');
    new Workbench(path).close();
    const { delay, finished } = await killAtRandom(
      `const { Workbench } = ${workbenchModule};
       const wb = new Workbench(${JSON.stringify(path)});
       console.log('READY');
       await wb.call('import-paths', { paths: [${JSON.stringify(files)}] });
       console.log('FINISHED');`,
      1200,
    );
    const workbench = await checkProject(path);
    const count = (await workbench.call('project-info', {})).document_count;
    // Batched imports: whole files, index agreeing. 600 files import in two phases (searchable
    // first, quotations and entities after): a kill leaves documents flagged as not read yet, but
    // never half-read — a document's suggestions and its flag are written in one transaction.
    const one = (sql: string) => (workbench.db.prepare(sql).get() as { n: number }).n;
    assert.equal(
      one(
        'SELECT count(*) AS n FROM documents d WHERE quotes_detected = 0 AND EXISTS (SELECT 1 FROM quote_suggestions q WHERE q.document_id = d.id)',
      ),
      0,
      'no document is half-read: suggestions come with the flag',
    );
    const unread = one(
      'SELECT count(*) AS n FROM documents WHERE quotes_detected = 0 OR entities_detected = 0',
    );
    await workbench.call('quotations-catch-up', {});
    assert.equal(
      one('SELECT count(*) AS n FROM documents WHERE quotes_detected = 0 OR entities_detected = 0'),
      0,
      'what a kill left unread is read by the catch-up',
    );
    console.log(
      `import run ${run}: killed after ${delay} ms${finished ? ' (had finished)' : ''}; ${count} documents, ${unread} left unread`,
    );
    workbench.close();
  }
});

test('kill -9 during auto-coding: every hit coded or none', { timeout: 240_000 }, async () => {
  const base = join(tempDir(), 'base.lectern');
  const setup = new Workbench(base);
  await setup.call('import-paths', { paths: [corpus(300)] });
  const tag = await setup.call('tags-create', { name: 'Lavrov' });
  const hits = (await setup.call('autocode-preview', { query: 'Lavrov', scope: 'sentence', tag_id: tag.id }))
    .length;
  setup.close();
  for (let run = 0; run < RUNS; run++) {
    const path = join(tempDir(), 'p.lectern');
    copyFileSync(base, path);
    const { delay } = await killAtRandom(
      `const { Workbench } = ${workbenchModule};
       const wb = new Workbench(${JSON.stringify(path)});
       console.log('READY');
       await wb.call('autocode-apply', { query: 'Lavrov', scope: 'sentence', tag_id: ${tag.id} });
       console.log('FINISHED');`,
      600,
    );
    const workbench = await checkProject(path);
    const coded = (await workbench.call('passages-list', { tag_id: tag.id, limit: 10_000 })).total;
    assert.ok(coded === 0 || coded === hits, `all or nothing: ${coded} of ${hits}`);
    console.log(`autocode run ${run}: killed after ${delay} ms; ${coded} of ${hits} coded`);
    workbench.close();
  }
});

test(
  'kill -9 during note autosave: the note is a saved state, its index agrees',
  { timeout: 240_000 },
  async () => {
    for (let run = 0; run < RUNS; run++) {
      const path = join(tempDir(), 'p.lectern');
      const setup = new Workbench(path);
      const { id } = await setup.call('notes-create', { title: 'Typing' });
      setup.close();
      const { delay } = await killAtRandom(
        `const { Workbench } = ${workbenchModule};
       const wb = new Workbench(${JSON.stringify(path)});
       console.log('READY');
       const words = [];
       for (let i = 0; i < 100000; i++) {
         words.push('word' + i);
         const json = JSON.stringify({ root: { type: 'root', version: 1, children: [
           { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: words.join(' '), format: 0 }] }] } });
         await wb.call('notes-save', { id: ${id}, lexical_json: json });
       }`,
        1500,
      );
      const workbench = await checkProject(path);
      const note = await workbench.call('notes-get', { id });
      const row = workbench.db.prepare('SELECT plain_text FROM notes WHERE id = ?').get(id) as {
        plain_text: string;
      };
      assert.equal(
        row.plain_text,
        noteContent(parseNoteJson(note.lexical_json)).text,
        'derived text = saved JSON',
      );
      const last = /word(\d+)\s*$/.exec(row.plain_text)?.[1] ?? 'none';
      if (last !== 'none')
        assert.equal(
          (await workbench.call('notes-list', { query: `word${last}` })).length,
          1,
          'the index has it',
        );
      console.log(`autosave run ${run}: killed after ${delay} ms; last saved word${last}`);
      workbench.close();
    }
  },
);

test(
  'kill -9 during a migration and its backup: the old or the new schema, never half',
  { timeout: 240_000 },
  async () => {
    for (let run = 0; run < RUNS; run++) {
      const path = join(tempDir(), 'old.lectern');
      databaseAtVersion(path, latestSchemaVersion() - 1, 3_000_000);
      const { delay } = await killAtRandom(
        `const { Workbench } = ${workbenchModule};
       console.log('READY');
       new Workbench(${JSON.stringify(path)}).close();
       console.log('FINISHED');`,
        800,
      );
      const workbench = await checkProject(path); // reopening finishes an interrupted upgrade
      assert.equal(workbench.db.pragma('user_version', { simple: true }), latestSchemaVersion());
      assert.equal((await workbench.call('search', { query: 'Lavrov' })).total, 1, 'the document survived');
      const backups = listBackups(path);
      assert.ok(backups.length >= 1, 'the upgrade that happened had a verified backup first');
      console.log(
        `migration run ${run}: killed after ${delay} ms; ${backups.length} backup(s), all verified`,
      );
      workbench.close();
    }
  },
);

test('kill -9 during backups: a listed backup is always whole', { timeout: 240_000 }, async () => {
  const base = join(tempDir(), 'base.lectern');
  const setup = new Workbench(base);
  await setup.call('import-paths', { paths: [SAMPLE_DIR, corpus(200)] });
  setup.close();
  for (let run = 0; run < RUNS; run++) {
    const path = join(tempDir(), 'p.lectern');
    copyFileSync(base, path);
    const { delay } = await killAtRandom(
      `const { Workbench } = ${workbenchModule};
       const wb = new Workbench(${JSON.stringify(path)});
       console.log('READY');
       for (let i = 0; i < 1000; i++) await wb.call('backups-create', {});`,
      1500,
    );
    const workbench = await checkProject(path); // checks every listed backup
    console.log(`backup run ${run}: killed after ${delay} ms; ${listBackups(path).length} whole backups`);
    workbench.close();
  }
});
