// The reader's codes by paragraph, each paragraph subscribed to its own slice: a coding change
// must reach exactly the paragraphs it touches (only those render again), and what they then
// show must be what a fresh computation from the whole list shows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Passage } from '../../src/shared/model';
import { ParagraphCodes } from '../../src/renderer/src/reader/paragraphCodes';
import { many as unsorted, parts, passage } from './passageFixture';
import type { CodingSnapshot } from '../../src/renderer/src/reader/passageStore';
import { byPosition } from '../../src/renderer/src/reader/diffPassages';

const many = [...unsorted].sort(byPosition);

const snapshot = (passages: Passage[]): CodingSnapshot => ({ id: 1, passages, quotes: [] });

/** Subscribes to every paragraph; returns the starts notified since the last call. */
function listen(codes: ParagraphCodes) {
  let heard: number[] = [];
  for (const part of parts) codes.subscribeAt(part.start, () => heard.push(part.start));
  return () => {
    const got = heard;
    heard = [];
    return got.sort((a, b) => a - b);
  };
}

/** What each paragraph shows: passage ids and lanes, and the marked passages. */
function shown(codes: ParagraphCodes) {
  return parts.map((part) => {
    const slice = codes.at(part.start);
    return {
      items: slice.items.map((item) => `${item.passage.id}@${item.lane}`),
      activeId: slice.activeId,
      targetId: slice.targetId,
    };
  });
}

test('a passage added notifies the paragraphs it spans and no other, and they show what a fresh computation shows', () => {
  const codes = new ParagraphCodes(parts);
  codes.sync(snapshot(many));
  const heard = listen(codes);
  const added = passage(999, 1250, 1420); // in paragraphs 1200, 1300 and 1400
  const next = [...many, added].sort(byPosition);
  codes.sync(snapshot(next));
  assert.deepEqual(heard(), [1200, 1300, 1400]);
  const fresh = new ParagraphCodes(parts);
  fresh.sync(snapshot(next));
  // Lanes may differ from a fresh colouring (unchanged passages keep theirs); the ids may not.
  const ids = (c: ParagraphCodes) => shown(c).map((p) => p.items.map((item) => item.split('@')[0]).sort());
  assert.deepEqual(ids(codes), ids(fresh));
  assert.ok(shown(codes)[12]!.items.some((item) => item.startsWith('999@')));
});

test('a passage removed notifies the paragraphs it spanned, which no longer show it', () => {
  const codes = new ParagraphCodes(parts);
  codes.sync(snapshot(many));
  const heard = listen(codes);
  const gone = many.find((p) => p.end - p.start > 150)!;
  codes.sync(snapshot(many.filter((p) => p !== gone)));
  const spanned = parts.filter((part) => part.start < gone.end && gone.start < part.end).map((p) => p.start);
  assert.deepEqual(heard(), spanned);
  for (const start of spanned)
    assert.ok(!codes.at(start).items.some((item) => item.passage.id === gone.id), `paragraph ${start}`);
  // The same list again changes nothing and tells no one.
  codes.sync(snapshot(many.filter((p) => p !== gone)));
  assert.deepEqual(heard(), []);
});

test('the open popover’s passage is marked in its paragraphs only, and unmarked when it closes', () => {
  const codes = new ParagraphCodes(parts);
  codes.sync(snapshot(many));
  const heard = listen(codes);
  const active = many.find((p) => p.end - p.start > 150)!;
  const spanned = parts
    .filter((part) => part.start < active.end && active.start < part.end)
    .map((p) => p.start);
  codes.mark(active.id, null);
  assert.deepEqual(heard(), spanned);
  for (const [i, paragraph] of shown(codes).entries())
    assert.equal(paragraph.activeId, spanned.includes(parts[i]!.start) ? active.id : null);
  codes.mark(null, null);
  assert.deepEqual(heard(), spanned);
  assert.ok(shown(codes).every((paragraph) => paragraph.activeId === null));
});
