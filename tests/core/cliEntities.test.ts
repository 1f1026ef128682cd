import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { EntityMergeProposal, EntityPage, QuoteSuggestion } from '../../src/shared/model';
import { Workbench } from '../../src/core/workbench';
import { REPO_ROOT, SAMPLE_DIR, tempDir } from './helpers/tempProject';

function lectern(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

describe('entities and speakers from the command line', () => {
  let db: string;

  before(async () => {
    db = join(tempDir(), 'project.lectern');
    const wb = new Workbench(db);
    await wb.call('import-paths', { paths: [SAMPLE_DIR] });
    wb.close();
  });

  test('entities lists people with their spellings and counts, as text and JSON', () => {
    const json = lectern('entities', '--kind', 'person', '--db', db, '--json');
    assert.equal(json.status, 0, json.stderr);
    const page = JSON.parse(json.stdout) as EntityPage;
    const lavrov = page.items.find((e) => e.name === 'Sergei Lavrov')!;
    assert.ok(lavrov, page.items.map((e) => e.name).join(', '));
    assert.ok(lavrov.aliases.includes('Sergej Lawrow'));
    assert.ok(page.items.every((e) => e.kind === 'person'));
    const text = lectern('entities', '--query', 'Lawrow', '--db', db);
    assert.match(text.stdout, /Sergei Lavrov \(person\) — \d+ documents, \d+ mentions/);
    const typos = JSON.parse(
      lectern('entities', '--typos', '--db', db, '--json').stdout,
    ) as EntityMergeProposal[];
    assert.ok(typos.some((pair) => pair.other.name === 'Sregey Lavrov'));
  });

  test('quotes --speaker matches any spelling of the speaker', () => {
    const byGerman = JSON.parse(
      lectern('quotes', '--speaker', 'Sergej Lawrow', '--db', db, '--json').stdout,
    ) as QuoteSuggestion[];
    const byEnglish = JSON.parse(
      lectern('quotes', '--speaker', 'Sergey Lavrov', '--db', db, '--json').stdout,
    ) as QuoteSuggestion[];
    assert.ok(byGerman.length >= 5, `${byGerman.length}`);
    assert.deepEqual(
      byGerman.map((q) => q.id),
      byEnglish.map((q) => q.id),
    );
    assert.ok(new Set(byGerman.map((q) => q.speaker)).size >= 2, 'several spellings, one speaker');
  });

  test('a wrong --kind is a clear error', () => {
    const run = lectern('entities', '--kind', 'people', '--db', db);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--kind must be person, organisation or place/);
  });
});
