// The reader's per-paragraph passage lists, made again after each coding change: a change hands
// new lists only to the paragraphs it touches (so only those re-render and re-measure their
// bars), and the lists are the same as if they had been made from scratch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Passage } from '../../src/shared/model';
import { computeLanes, updateLanes } from '../../src/renderer/src/reader/computeLanes';
import { itemsByParagraph } from '../../src/renderer/src/reader/itemsByParagraph';
import { many, parts, passage } from './passageFixture';

function fresh(passages: Passage[]) {
  return itemsByParagraph(parts, passages, computeLanes(passages), null).map;
}

function plain(map: Map<number, Array<{ passage: Passage; lane: number }>>) {
  return [...map.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, list]) => [start, list.map((item) => [item.passage.id, item.lane])]);
}

test('coding a range gives a new list to the paragraphs it covers and keeps every other list', () => {
  const before = itemsByParagraph(parts, many, computeLanes(many), null);
  const added = passage(999, 1210, 1330); // paragraphs at 1200 and 1300
  const next = [...many, added].sort((a, b) => a.start - b.start || b.end - a.end);
  const lanes = updateLanes({ passages: many, lanes: before.lanes }, next);
  const after = itemsByParagraph(parts, next, lanes, before);
  const changed = [...after.map.keys()].filter((start) => after.map.get(start) !== before.map.get(start));
  assert.deepEqual(
    changed.sort((a, b) => a - b),
    [1200, 1300],
  );
  assert.deepEqual(plain(after.map), plain(itemsByParagraph(parts, next, lanes, null).map));
});

test('removing a passage takes it from its paragraphs only, as a fresh build would', () => {
  const before = itemsByParagraph(parts, many, computeLanes(many), null);
  const gone = many[10]!;
  const next = many.filter((p) => p !== gone);
  const lanes = updateLanes({ passages: many, lanes: before.lanes }, next);
  const after = itemsByParagraph(parts, next, lanes, before);
  for (const [start, list] of after.map) {
    const touches = gone.start < start + 90 && start < gone.end;
    if (!touches) assert.equal(list, before.map.get(start), `paragraph ${start} keeps its list`);
  }
  assert.deepEqual(plain(after.map), plain(fresh(next)));
});

test('a changed passage (new ends, another tag) is shown from its new object', () => {
  const before = itemsByParagraph(parts, many, computeLanes(many), null);
  const moved = { ...many[3]!, end: many[3]!.end + 150, tag_ids: [2] };
  const next = many.map((p) => (p.id === moved.id ? moved : p));
  const lanes = updateLanes({ passages: many, lanes: before.lanes }, next);
  const after = itemsByParagraph(parts, next, lanes, before);
  const shown = [...after.map.values()].flat().filter((item) => item.passage.id === moved.id);
  assert.ok(shown.length > 0 && shown.every((item) => item.passage === moved));
  assert.deepEqual(plain(after.map), plain(itemsByParagraph(parts, next, lanes, null).map));
});
