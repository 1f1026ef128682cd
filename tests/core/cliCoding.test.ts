import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Workbench } from '../../src/core/workbench';
import { REPO_ROOT, SAMPLE_DIR, tempDir } from './helpers/tempProject';

function lectern(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

describe('coding from the command line', () => {
  let db: string;

  before(async () => {
    db = join(tempDir(), 'project.lectern');
    const wb = new Workbench(db);
    await wb.call('import-paths', { paths: [SAMPLE_DIR] });
    const actors = await wb.call('tags-create', { name: 'Actors' });
    await wb.call('tags-create', { name: 'Russia', parent_id: actors.id });
    wb.close();
  });

  test('autocode tags every hit, then tags and passages --tag show them', () => {
    const dry = lectern(
      'autocode',
      'Lawrow',
      '--tag',
      'Actors/Russia',
      '--scope',
      'match',
      '--dry-run',
      '--db',
      db,
      '--json',
    );
    assert.equal(dry.status, 0, dry.stderr);
    const preview = JSON.parse(dry.stdout) as Array<{ text: string }>;
    assert.ok(
      preview.length >= 10 && preview.every((hit) => /^(Lavrov|Lawrow)$/.test(hit.text)),
      dry.stdout.slice(0, 300),
    );

    const applied = lectern('autocode', 'Lawrow', '--tag', 'Russia', '--scope', 'match', '--db', db);
    assert.equal(applied.status, 0, applied.stderr);
    assert.match(applied.stdout, new RegExp(`Tagged ${preview.length} passages “Russia”`));

    const tags = JSON.parse(lectern('tags', '--db', db, '--json').stdout) as Array<{
      path: string;
      count: number;
      total: number;
    }>;
    assert.deepEqual(
      tags.map((t) => [t.path, t.count, t.total]),
      [
        ['Actors', 0, preview.length],
        ['Actors / Russia', preview.length, preview.length],
      ],
    );
    const passages = JSON.parse(lectern('passages', '--tag', 'Actors', '--db', db, '--json').stdout);
    assert.equal(passages.total, preview.length, 'sub-tags count with their parent');
    assert.deepEqual(passages.passages[0].tags, ['Actors / Russia']);
    const human = lectern('passages', '--tag', 'russia', '--db', db);
    assert.match(human.stdout, /“Lavrov” *\n *#\d+ Secret messages/);
    // Paged like the other lists: a page, where it stands, and how to get the rest.
    const first = lectern('passages', '--tag', 'Actors', '--db', db, '--limit', '1');
    assert.equal(first.stdout.match(/^“/gm)?.length, 1, first.stdout);
    assert.match(
      first.stdout,
      new RegExp(`Passages 1–1 of ${preview.length}\\. ${preview.length - 1} more — --offset 1`),
    );
    const second = JSON.parse(
      lectern('passages', '--tag', 'Actors', '--db', db, '--json', '--offset', '1', '--limit', '1').stdout,
    );
    assert.deepEqual(
      second.passages.map((p: { id: number }) => p.id),
      [passages.passages[1].id],
    );
  });

  test('quotes lists every detected quotation with speaker and status', () => {
    const run = lectern('quotes', '--db', db, '--json');
    assert.equal(run.status, 0, run.stderr);
    const quotes = JSON.parse(run.stdout) as Array<{ status: string; exact: string; speaker: string | null }>;
    assert.ok(quotes.length >= 5, `found ${quotes.length}`);
    assert.ok(quotes.every((q) => q.status === 'open' && q.exact.length > 0));
    const human = lectern('quotes', '--db', db);
    assert.match(human.stdout, /\d+ quotations, \d+ speakers/);
  });

  test('an unknown or ambiguous tag is a clear error', () => {
    const missing = lectern('passages', '--tag', 'Nope', '--db', db);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /No tag "Nope"\. `lectern tags` lists the codebook\./);
    const noTag = lectern('autocode', 'Lavrov', '--db', db);
    assert.match(noTag.stderr, /Name the tag to apply with --tag/);
  });
});
