import type { Page } from '@playwright/test';
import { FLOOR_KEY, inPage, SELECT_IN_READER, WATCH_CHANGE } from './pageScripts';
import type { EventToFrame } from '../profile/summarizeTrace';
import { fmt, median } from './timing';

/** What WATCH_CHANGE reports for one run (see pageScripts.ts). */
export interface Change {
  rendered: number | null;
  painted: number;
  frame: number;
  eventMs: number | null;
  eventTiming: boolean;
  /** The event → the app's first change of the DOM (its handler, React's render and commit). */
  scripted: number | null;
}

/** Wraps the key press (apply) or the click (remove) of a run: to trace it, for instance. */
export type Around = (what: 'apply' | 'remove', act: () => Promise<void>) => Promise<void>;

/** One build's runs: applying a tag through the palette, and deleting that passage again. */
export interface PaletteRuns {
  label: string;
  apply: Change[];
  remove: Change[];
  /** The floor: a key that changes one small box's text and nothing else, on the same page. */
  floor?: Change[];
  problem?: string;
  /** Main-thread CPU from the event to the end of the frame that showed it, per traced run. */
  cpu?: { apply: EventToFrame[]; remove: EventToFrame[] };
}

const FRAME_MS = 1000 / 60;

/**
 * One run on `page` (the coded document open in the reader): selects text, opens the tag palette,
 * types `tag` and measures Enter → the new bar on screen; then clicks that bar, and measures the
 * click on "Delete passage" in its popover → the bar gone from the screen. The passage is gone
 * again afterwards, so runs leave the document as they found it.
 */
export async function paletteRun(
  page: Page,
  tag: string,
  length: number,
  runs: PaletteRuns,
  around: Around = (_, act) => act(),
): Promise<void> {
  const selected = (await page.evaluate(inPage(SELECT_IN_READER, { length }))) as { error?: string };
  if (selected.error) throw new Error(selected.error);
  const input = page.getByRole('dialog', { name: 'Tag palette' }).getByRole('combobox');
  if (!(await input.isVisible())) await page.keyboard.press('t');
  await input.waitFor({ timeout: 5000 });
  await input.fill(tag);
  await page.waitForTimeout(150);
  const known = (await page.evaluate(
    '[...document.querySelectorAll(\'[data-testid="passage-bar"]\')].map((bar) => Number(bar.dataset.passageId))',
  )) as number[];
  const applied = page.evaluate(
    inPage(WATCH_CHANGE, { event: 'keydown', key: 'Enter', change: 'new', timeoutMs: 10_000 }),
  ) as Promise<Change | null>;
  await page.waitForTimeout(50);
  await around('apply', () => input.press('Enter'));
  const apply = await applied;
  if (!apply) throw new Error('no new passage bar within 10 s of Enter in the palette');
  runs.apply.push(apply);

  // The engine's passage (a positive id) replaces the one shown at once; that one is deleted.
  let id = 0;
  for (let waited = 0; id === 0 && waited < 10_000; waited += 50) {
    id = (await page.evaluate(
      `[...document.querySelectorAll('[data-testid="passage-bar"]')].map((bar) => Number(bar.dataset.passageId))
        .find((n) => n > 0 && !${JSON.stringify(known)}.includes(n)) ?? 0`,
    )) as number;
    if (id === 0) await page.waitForTimeout(50);
  }
  if (id === 0) throw new Error('the engine’s passage did not replace the one shown at once within 10 s');
  await page.waitForTimeout(300);
  await page.locator(`[data-testid="passage-bar"][data-passage-id="${id}"]`).click();
  const button = page
    .getByRole('dialog', { name: 'Passage' })
    .getByRole('button', { name: 'Delete passage' });
  await button.waitFor({ timeout: 5000 });
  await page.waitForTimeout(150);
  const removed = page.evaluate(
    inPage(WATCH_CHANGE, { event: 'click', change: 'gone', passageId: id, timeoutMs: 10_000 }),
  ) as Promise<Change | null>;
  // A plain click where the button is, as a user's: a locator's click also runs Playwright's own
  // hit-target check in the page inside the click's task (3–5 ms of its script), timed as the app's.
  // The pointer reaches the button first, as a hand's does: moved in the same breath as the press,
  // the hover it brings (leaving the bar, entering the button: 3–6 ms) ran in the click's task.
  // Then pressed and released where it is (a click would move it there again, to the same point,
  // and a pointermove with its handlers would run in the click's task once more).
  const box = (await button.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.waitForTimeout(50);
  await page.mouse.down();
  await around('remove', () => page.mouse.up());
  const remove = await removed;
  if (!remove) throw new Error(`the bar of passage ${id} was still there 10 s after "Delete passage"`);
  runs.remove.push(remove);
  await page.waitForTimeout(400);
  if (runs.floor) {
    await page.evaluate(inPage(FLOOR_KEY, {}));
    const floored = page.evaluate(
      inPage(WATCH_CHANGE, { event: 'keydown', key: 'F9', change: 'floor', timeoutMs: 10_000 }),
    ) as Promise<Change | null>;
    await page.waitForTimeout(50);
    await page.keyboard.press('F9');
    const floor = await floored;
    if (floor) runs.floor.push(floor);
    await page.waitForTimeout(200);
  }
}

/** Table rows for one build: each path's figures, with how many runs showed in the first frame. */
export function paletteRows(runs: PaletteRuns): string[][] {
  const rows: string[][] = [];
  for (const [path, changes] of [
    ['Enter in the palette → new bar', runs.apply],
    ['"Delete passage" click → bar gone', runs.remove],
    ['floor: F9 → one box’s text changed', runs.floor ?? []],
  ] as const) {
    if (changes.length === 0) continue;
    const rendered = changes.map((c) => c.rendered ?? NaN);
    const painted = changes.map((c) => c.painted);
    const first = changes.filter((c) => c.frame === 1).length;
    const timed = changes[0]!.eventTiming;
    // No entry: under 16 ms (entries start there); ranked below every entry for the median.
    const events = changes.map((c) => c.eventMs ?? 0);
    const under = changes.filter((c) => c.eventMs === null || c.eventMs <= 16).length;
    const eventMedian = median(events);
    rows.push([
      `${runs.label}: ${path}`,
      String(changes.length),
      timed ? (eventMedian === 0 ? '< 16' : fmt(eventMedian, 0)) : 'n/a',
      timed ? `${under}/${changes.length}` : 'n/a',
      fmt(median(rendered)),
      `${changes.filter((c) => (c.rendered ?? Infinity) <= FRAME_MS).length}/${changes.length}`,
      `${first}/${changes.length}`,
      fmt(median(painted)),
      fmt(median(changes.map((c) => c.scripted ?? NaN))),
    ]);
  }
  for (const [path, traced] of [
    ['Enter → new bar', runs.cpu?.apply ?? []],
    ['click → bar gone', runs.cpu?.remove ?? []],
  ] as const) {
    if (traced.length === 0) continue;
    const of = (pick: (t: EventToFrame) => number) => fmt(median(traced.map(pick)));
    rows.push([
      `${runs.label}: ${path}, main-thread CPU (traced)`,
      String(traced.length),
      `${of((t) => t.cpu)} CPU`,
      '',
      `${of((t) => t.wall)} wall`,
      '',
      '',
      `event ${of((t) => t.task)} + frame ${of((t) => t.frame)}`,
      '',
    ]);
  }
  return rows;
}

export const PALETTE_HEADER = [
  'build: path',
  'runs',
  'Event Timing median ms',
  '≤ 16 ms',
  'rendered median ms',
  '≤ 16.7 ms',
  'in 1st frame',
  'drawn (2×rAF) ms',
  'script → DOM ms',
];

export const PALETTE_NOTES = [
  'main-thread CPU (traced): the renderer main thread’s CPU time from the event to the end of the frame that showed it',
  '  (its task, the frame’s, any between; from a Chromium trace of a few more runs): what other processes on the',
  '  cores do not stretch, so builds compare under load; the figures above are what a user waits for.',
  'Event Timing: the event’s own entry (PerformanceObserver "event": the event → the next paint, in 8 ms steps); no',
  '  entry means under 16 ms (entries start there). The target is one frame: ≤ 16 ms.',
  'rendered: performance.now() in a capturing listener → the end of the rendering (style, layout, paint) of the first',
  '  frame that shows the change (a message posted from that frame’s rAF; Chromium may run it after the next frame',
  '  instead). in 1st frame: the first rAF after the event already saw the change. drawn: the rAF after that frame',
  '  (it has been drawn; a frame more than the change needs, by construction).',
  'script → DOM: the event → the app’s first change of the DOM (its handler, React’s render and commit; a',
  '  MutationObserver): the part of the frame this code spends, without style, layout and paint.',
  'floor: the same measures for a key whose handler only changes the text of one small box (no app code): the',
  "  browser's own event → frame time on this machine at this load, what no change can beat.",
];
