import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Workbench } from '../../src/core/workbench';
import { REPO_ROOT, tempWorkbench } from './helpers/tempProject';

const CORPUS = join(REPO_ROOT, 'tests', 'fixtures', 'search-corpus');
let workbench: Workbench;

before(async () => {
  workbench = tempWorkbench();
  await workbench.call('import-paths', { paths: [CORPUS] });
});
after(() => workbench.close());

test('keyword corpus counts follow the corpus: a new document with the word raises its count', async () => {
  const count = async () =>
    // The selection is the fixtures' German documents; the new one (it names a Zollamt) is left out.
    (await workbench.call('analysis-words', { query: 'lang:de -Zollamt' })).frequent.find(
      (w) => w.word === 'Außenminister',
    )!.corpus_count;
  const before = await count();
  assert.ok(before >= 2);
  const dir = mkdtempSync(join(tmpdir(), 'lectern-words-'));
  writeFileSync(
    join(dir, 'minister.txt'),
    'Der Außenminister reiste ab\n\nDer Außenminister sprach im Zollamt mit dem Außenminister der Türkei.\n',
  );
  await workbench.call('import-paths', { paths: [dir] });
  assert.ok((await count()) >= before + 3, 'the new document has the word three times in its text');
});
