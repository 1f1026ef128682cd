// The error notices: one cause shows one notice, however many requests met it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withNotice, type ErrorNotice } from '../../src/renderer/src/app/errorNotices';

const LOST = 'Lost contact with the Lectern engine. Is the local server (lectern serve) still running?';
const notice = (id: number, title: string, message: string): ErrorNotice => ({ id, title, message });

test('the engine gone: the search and a list reload failing together show one notice, the first', () => {
  let all: ErrorNotice[] = [];
  all = withNotice(all, notice(1, 'Search failed', LOST));
  all = withNotice(all, notice(2, 'Could not load the library', LOST));
  all = withNotice(all, notice(3, 'Search failed', LOST));
  assert.deepEqual(all, [notice(1, 'Search failed', LOST)]);
});

test('different failures each get a notice, at most four at once, the oldest going first', () => {
  let all: ErrorNotice[] = [];
  for (let i = 1; i <= 5; i++) all = withNotice(all, notice(i, 'Export failed', `Disk full (${i})`));
  assert.deepEqual(
    all.map((n) => n.id),
    [2, 3, 4, 5],
  );
});
