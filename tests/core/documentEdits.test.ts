import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { NEWS_DIR } from './helpers/scoreNewsMetadata';
import { REPO_ROOT, tempDir, tempWorkbench } from './helpers/tempProject';

function lectern(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

async function importNews(names: string[]) {
  const workbench = tempWorkbench();
  const dir = tempDir();
  for (const name of names) copyFileSync(join(NEWS_DIR, name), join(dir, name));
  const report = await workbench.call('import-paths', { paths: names.map((name) => join(dir, name)) });
  assert.equal(report.imported, names.length, JSON.stringify(report.outcomes));
  const ids = report.outcomes.map((outcome) => (outcome.status === 'imported' ? outcome.id : 0));
  return { workbench, dir, ids };
}

test('every field says where it came from', async () => {
  const { workbench, ids } = await importNews(['en01_reuters_vienna.txt', 'de05_von_autor.txt']);
  const reuters = await workbench.call('documents-get', { id: ids[0]! });
  assert.deepEqual(reuters.field_origins, {
    title: 'heading',
    published_at: 'dateline',
    source: 'dateline',
    author: 'byline',
    place: 'dateline',
    language: 'detected',
  });
  const german = await workbench.call('documents-get', { id: ids[1]! });
  assert.equal(german.author, 'Katharina Ebert');
  assert.equal(german.field_origins.author, 'byline');
  assert.equal(german.field_origins.place, 'byline');
});

test('bulk edit sets the source of many documents; the found value is kept and can be given back', async () => {
  const { workbench, ids } = await importNews([
    'en01_reuters_vienna.txt',
    'en05_afp_paris.txt',
    'en15_opinion_nodate.txt',
  ]);
  const updated = await workbench.call('documents-update', {
    ids,
    set: { source: 'Wire archive', published_at: '2022-03' },
  });
  assert.deepEqual(
    updated.map((doc) => [doc.source, doc.published_at]),
    ids.map(() => ['Wire archive', '2022-03']),
  );
  const doc = await workbench.call('documents-get', { id: ids[0]! });
  assert.equal(doc.field_origins.source, 'user');
  assert.equal(doc.user_edits.source?.found, 'Reuters');
  await workbench.call('documents-update', { ids: [ids[0]!], set: {}, reset: ['source'] });
  const back = await workbench.call('documents-get', { id: ids[0]! });
  assert.equal(back.source, 'Reuters');
  assert.equal(back.field_origins.source, 'dateline');
  assert.equal(back.user_edits.source, undefined);
});

test('impossible dates are refused, partial dates accepted', async () => {
  const { workbench, ids } = await importNews(['en15_opinion_nodate.txt']);
  await assert.rejects(
    workbench.call('documents-update', { ids, set: { published_at: '2022-13-01' } }),
    /published_at/,
  );
  await assert.rejects(
    workbench.call('documents-update', { ids, set: { published_at: '--02-30' } }),
    /published_at/,
  );
  const [doc] = await workbench.call('documents-update', { ids, set: { published_at: '--08-21' } });
  assert.equal(doc!.published_at, '--08-21');
  await assert.rejects(
    workbench.call('documents-update', { ids: [999], set: { source: 'x' } }),
    /999 does not exist/,
  );
});

test('a re-import of a corrected file keeps what the researcher edited', async () => {
  const { workbench, dir, ids } = await importNews(['en01_reuters_vienna.txt']);
  const id = ids[0]!;
  await workbench.call('documents-update', { ids: [id], set: { source: 'Reuters Austria', place: 'Wien' } });
  const path = join(dir, 'en01_reuters_vienna.txt');
  writeFileSync(path, (await workbench.call('documents-get', { id })).raw.replace('71% full', '72% full'));
  await workbench.call('documents-reimport', { id });
  const doc = await workbench.call('documents-get', { id });
  assert.ok(doc.body.includes('72% full'), 'the text is the corrected one');
  assert.equal(doc.source, 'Reuters Austria');
  assert.equal(doc.place, 'Wien');
  assert.equal(doc.field_origins.source, 'user');
  assert.equal(doc.author, 'Jana Holt', 'fields not edited are read again');
  assert.equal(doc.field_origins.author, 'byline');
});

test('delete moves documents to the trash, out of the library and search; restore brings them back', async () => {
  const { workbench, ids } = await importNews(['en01_reuters_vienna.txt', 'en05_afp_paris.txt']);
  const tag = await workbench.call('tags-create', { name: 'Energy' });
  await workbench.call('passages-create', { document_id: ids[0]!, start: 0, end: 20, tag_ids: [tag.id] });
  assert.equal((await workbench.call('passages-list', { tag_id: tag.id })).total, 1);
  assert.deepEqual(await workbench.call('documents-delete', { ids: [ids[0]!] }), { deleted: 1 });
  assert.equal(
    (await workbench.call('passages-list', { tag_id: tag.id })).total,
    0,
    'its passages are out of sight',
  );
  assert.equal((await workbench.call('project-info', {})).document_count, 1);
  assert.deepEqual(
    (await workbench.call('documents-list', {})).map((doc) => doc.id),
    [ids[1]],
  );
  assert.deepEqual(
    (await workbench.call('documents-list', { trash: true })).map((doc) => doc.id),
    [ids[0]],
  );
  assert.equal((await workbench.call('search', { query: 'Gewessler' })).total, 0);
  assert.deepEqual(await workbench.call('documents-restore', { ids: [ids[0]!] }), { restored: 1 });
  assert.equal((await workbench.call('documents-list', {})).length, 2);
  assert.equal((await workbench.call('search', { query: 'Gewessler' })).total, 1);
  assert.equal((await workbench.call('passages-list', { tag_id: tag.id })).total, 1, 'and back with it');
});

test('lectern doc set / show / delete / restore from the command line', () => {
  const db = join(tempDir(), 'x.db');
  assert.equal(
    lectern(['import', join(NEWS_DIR, 'de01_dpa_wien.txt'), join(NEWS_DIR, 'de13_kna.txt'), '--db', db])
      .status,
    0,
  );
  const set = lectern([
    'doc',
    'set',
    '1',
    '2',
    '--source',
    'Agenturen',
    '--date',
    '2022-03',
    '--db',
    db,
    '--json',
  ]);
  assert.equal(set.status, 0, set.stderr);
  assert.deepEqual(
    JSON.parse(set.stdout).map((doc: { source: string; published_at: string }) => [
      doc.source,
      doc.published_at,
    ]),
    [
      ['Agenturen', '2022-03'],
      ['Agenturen', '2022-03'],
    ],
  );
  const show = JSON.parse(lectern(['doc', 'show', '1', '--db', db, '--json']).stdout);
  assert.deepEqual(show.fields.source, { value: 'Agenturen', origin: 'user' });
  assert.deepEqual(show.fields.place, { value: 'Wien', origin: 'dateline' });
  assert.equal(show.user_edits.source.found, 'dpa');
  const text = lectern(['doc', 'show', '1', '--db', db]).stdout;
  assert.match(text, /place\s+Wien\s+dateline/);
  const bad = lectern(['doc', 'set', '1', '--date', '2022-02-30', '--db', db]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /published_at must be a real date/);
  assert.equal(lectern(['doc', 'delete', '2', '--db', db]).status, 0);
  assert.equal(JSON.parse(lectern(['list', '--db', db, '--json']).stdout).length, 1);
  assert.equal(lectern(['doc', 'restore', '2', '--db', db]).status, 0);
  assert.equal(JSON.parse(lectern(['list', '--db', db, '--json']).stdout).length, 2);
});
