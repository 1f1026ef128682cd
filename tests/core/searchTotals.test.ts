import assert from 'node:assert/strict';
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

// The total comes from the ranking pass itself; a page past the end must still say how many match.
test('every page reports the same total, also one past the last match, ranked, by date and filtered', async () => {
  for (const [query, sort] of [
    ['Lavrov', 'rank'],
    ['Lavrov', 'date'],
    ['Lavrov lang:en', 'rank'],
    ['date:2022..', 'date'],
  ] as const) {
    const all = await workbench.call('search', { query, sort, limit: 50 });
    assert.ok(all.total >= 2, query);
    assert.equal(all.hits.length, all.total);
    for (const offset of [0, 1, all.total - 1, all.total, all.total + 5]) {
      const page = await workbench.call('search', { query, sort, limit: 1, offset });
      assert.equal(page.total, all.total, `${query} ${sort} at ${offset}`);
      assert.equal(page.hits.length, offset < all.total ? 1 : 0);
    }
  }
});
