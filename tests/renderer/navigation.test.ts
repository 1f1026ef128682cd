// The workbench's navigation reducer, walked through as a researcher moves around: each step is
// one action, and what the screen would show (centre, reader, "Back to …", tabs) is checked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Passage, QuoteSuggestion } from '../../src/shared/model';
import {
  initialNavigation,
  listing,
  navigate,
  readerBack,
  readerShown,
  type Navigation,
  type NavigationAction,
} from '../../src/renderer/src/app/navigation';

const walk = (...actions: NavigationAction[]): Navigation => actions.reduce(navigate, initialNavigation);

test('a row of a tag listing opens in the reader, which leads back to the listing', () => {
  const state = walk(
    { type: 'open-browser', query: { kind: 'tag', tagId: 3 } },
    { type: 'open-row', target: { id: 7, passage: { id: 11, start: 5, end: 9 }, at: 1 } },
  );
  assert.equal(state.centre, 'reader');
  assert.ok(readerShown(state));
  assert.equal(listing(state), null, 'the right pane describes the document, not the listing');
  assert.deepEqual(readerBack(state, 'Diplomacy'), { label: 'Back to Diplomacy', centre: 'browser' });
  const back = navigate(state, { type: 'show', centre: 'browser' });
  assert.deepEqual(listing(back), { kind: 'tag', tagId: 3 });
  assert.equal(readerShown(back), false);
});

test('a hit opened from the analysis leads back to the chart; from the results it leads nowhere', () => {
  const target = { id: 4, hit: { offset: 10, terms: ['lavrov'], query: 'Lavrov' } };
  const fromChart = walk({ type: 'toggle-analysis' }, { type: 'open-hit', target });
  assert.deepEqual(readerBack(fromChart, ''), { label: 'Back to the analysis', centre: 'analysis' });
  assert.equal(readerBack(walk({ type: 'open-hit', target }), ''), null);
});

test('a concordance line leads back to the concordance; a document from the library forgets it', () => {
  const state = walk(
    { type: 'open-concordance', query: 'Lavrov' },
    { type: 'open-document', target: { id: 2 }, back: 'concordance' },
  );
  assert.deepEqual(readerBack(state, ''), { label: 'Back to the concordance', centre: 'concordance' });
  assert.equal(readerBack(navigate(state, { type: 'open-document', target: { id: 3 } }), ''), null);
});

test('showing a passage of the open document keeps its search marks; of another drops them', () => {
  const hit = { offset: 10, terms: ['lavrov'], query: 'Lavrov' };
  const opened = walk({ type: 'open-document', target: { id: 2, hit } });
  const passage = { id: 9, document_id: 2, start: 0, end: 4 };
  const same = navigate(opened, { type: 'show-passage', passage, popover: true, at: 5 });
  assert.deepEqual(same.target, { hit, id: 2, passage: { id: 9, start: 0, end: 4 }, popover: true, at: 5 });
  const other = navigate(opened, {
    type: 'show-passage',
    passage: { ...passage, document_id: 3 },
    popover: false,
    at: 6,
  });
  assert.equal(other.target?.hit, undefined);
});

test('a quotation shows in the reader and in the Quotes tab; a suggestion keeps a negative id', () => {
  // Only the fields navigation reads; the rest of a suggestion does not matter here.
  const quote = { id: 21, passage_id: null, document_id: 2, start: 3, end: 8 } as Partial<QuoteSuggestion>;
  const state = navigate(initialNavigation, { type: 'show-quote', quote: quote as QuoteSuggestion, at: 1 });
  assert.equal(state.rightTab, 'quotes');
  assert.equal(state.focusQuote, 21);
  assert.equal(state.target?.passage?.id, -21);
});

test('re-attaching opens the passage’s document on the Coding tab; a second press cancels', () => {
  const passage = { id: 5, document_id: 8 } as Partial<Passage> as Passage;
  const started = walk({ type: 'open-document', target: { id: 1 } }, { type: 'start-reattach', passage });
  assert.equal(started.target?.id, 8);
  assert.equal(started.rightTab, 'coding');
  assert.equal(started.reattach, passage);
  assert.equal(navigate(started, { type: 'start-reattach', passage }).reattach, null);
});

test('closing a listing returns the centre to the reader', () => {
  const state = walk({ type: 'open-browser', query: { kind: 'orphans' } }, { type: 'close-browser' });
  assert.equal(state.browser, null);
  assert.equal(state.centre, 'reader');
});

test('passages a chart opened lead back to the chart when closed; a tag listing to the reader', () => {
  const fromChart = walk(
    { type: 'toggle-analysis' },
    {
      type: 'open-browser',
      query: { kind: 'tag', tagId: 3, within: { filter: { source: 'Reuters' }, label: '2022-06 · Reuters' } },
    },
    { type: 'close-browser' },
  );
  assert.equal(fromChart.centre, 'analysis');
  const plain = walk({ type: 'open-browser', query: { kind: 'tag', tagId: 3 } }, { type: 'close-browser' });
  assert.equal(plain.centre, 'reader');
});
