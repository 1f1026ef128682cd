/**
 * Coding UI speed in Debian's Chromium against the real engine and local server, on a generated
 * project (bench/coding/buildCodingProject.ts): 2,000 documents, one long document carrying
 * 2,000 overlapping passages under several tags (and its twin with none, the baseline), and a tag
 * with 50,000 passages. Measured in the page with performance.now() and requestAnimationFrame
 * (a state is "painted" at the rAF after the frame that first showed it):
 *   (a) opening the 2,000-passage document: click → text painted → the bars in the view painted
 *       (the target: ≤ 200 ms), and apart, when all bars of the document were (far ones are
 *       measured in idle time);
 *   (b) scrolling it top to bottom: rAF frame intervals, long frames, long tasks;
 *   (c) applying a tag: through the palette (Enter → new bar rendered and drawn; then deleting
 *       that passage from its popover → bar gone), and through the Api;
 *   (d) the passage browser for the 50,000-passage tag: click → first row and total painted,
 *       then scrolling to the middle of the list → new rows painted.
 * Parts of the UI that do not exist yet print "not measurable: <what is missing>".
 * Needs `npm run build:renderer` first. Usage: npx tsx bench/codingUi.bench.ts [apply]
 * (`apply`: only (c)'s palette figures, on a small corpus around the same long document.
 * LECTERN_RENDERER_DIR=<dir> measures another build; LECTERN_BASELINE_RENDERER_DIR=<dir> measures
 * the palette on that build too, run for run in alternation with the first, in the same session;
 * CHROMIUM_PATH another Chromium.)
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../src/server/startServer';
import type { Paragraph } from '../src/shared/model';
import {
  buildCodingProject,
  LONG_TITLE_CODED,
  LONG_TITLE_PLAIN,
  type CodingProject,
} from './coding/buildCodingProject';
import {
  APPLY_VIA_API,
  FIND_TAG_TARGET,
  inPage,
  OPEN_BROWSER,
  OPEN_DOCUMENT,
  SCROLL_BROWSER,
  SCROLL_READER,
  TIME_API,
} from './coding/pageScripts';
import { onInterrupt } from './coding/onInterrupt';
import { CHROMIUM, loads, RENDERER, uiPreflight } from './coding/uiPreflight';
import {
  PALETTE_HEADER,
  PALETTE_NOTES,
  paletteRows,
  paletteRun,
  type PaletteRuns,
} from './coding/measurePalette';
import { fmt, median, msSince, now, p95, table } from './coding/timing';
import { traceEvents } from './profile/recordTrace';
import { eventToFrameTimes } from './profile/summarizeTrace';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const DOCUMENTS = 2000;
const BIG_TAG_PASSAGES = 50_000;
const LONG_PASSAGES = 2000;
const OPEN_RUNS = 3;
const SCROLL_MS = 4000;
const APPLY_RUNS = 5;
const PALETTE_RUNS = 9;
const TRACED_RUNS = 5;
const ONLY_APPLY = process.argv.slice(2).includes('apply');
const BASELINE = process.env.LECTERN_BASELINE_RENDERER_DIR;
const BROWSER_RUNS = 5;
const FRAME_MS = 1000 / 60;
const WAIT_MS = 10_000;

type Outcome = { ok: true; rows: string[][] } | { ok: false; missing: string };
const notMeasurable = (missing: string): Outcome => ({ ok: false, missing });

interface OpenResult {
  error?: string;
  textPainted: number | null;
  /** The bars in the view: when their final count was painted, and that count. */
  barsPainted?: number | null;
  bars?: number;
  /** All the document's bars (far ones are measured in idle time): painted, or null if not within 5 s more. */
  allPainted?: number | null;
  allBars?: number;
  timedOut?: boolean;
  longTasks: number;
  blockedMs: number;
  api: ApiTiming[];
}

/** An Api request seen in the page: command, ms after the click it was sent and answered. */
type ApiTiming = [string, number, number];

/** "cmd sent 3 → answered 40 ms; …", medians over runs, for the requests of the first run. */
function apiSummary(runs: ApiTiming[][]): string {
  const commands = [...new Set((runs[0] ?? []).map(([command]) => command))];
  return commands
    .map((command) => {
      const seen = runs.map((run) => run.find(([name]) => name === command)).filter((t) => t !== undefined);
      return `${command} sent ${fmt(median(seen.map((t) => t[1])), 0)} → answered ${fmt(median(seen.map((t) => t[2])), 0)} ms`;
    })
    .join('; ');
}

async function main() {
  uiPreflight(
    'Lectern coding UI benchmark: reader with 2,000 passages, applying a tag, passage browser (Chromium, local server)',
  );

  let project: CodingProject | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let failed = false;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    project?.close();
  };
  const disarm = onInterrupt(cleanup);
  try {
    project = await buildCodingProject({
      documents: ONLY_APPLY ? 10 : DOCUMENTS,
      bigTagPassages: ONLY_APPLY ? 200 : BIG_TAG_PASSAGES,
      longPassages: LONG_PASSAGES,
    });
    const setupMs = project.setup.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `corpus: ${project.documents.toLocaleString('en')} documents, ${project.passages.toLocaleString('en')} passages; ` +
        `"${LONG_TITLE_CODED}" (${(project.longLength / 1024).toFixed(0)} KB) carries ${LONG_PASSAGES.toLocaleString('en')}, ` +
        `its twin "${LONG_TITLE_PLAIN}" none; "Diplomacy" has ${BIG_TAG_PASSAGES.toLocaleString('en')} ` +
        `(${project.bigTreePassages.toLocaleString('en')} with sub-tags). Setup ${fmt(setupMs / 1000)} s\n`,
    );
    server = await startServer({ workbench: project.workbench, staticDir: RENDERER });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    console.log(`Chromium ${browser.version()}, headless, viewport 1440×900\n`);
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-GB',
      colorScheme: 'light',
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // The first load after import also waits for the engine's first speakers-list, which detects
    // quotations in every document; the second load is the everyday figure.
    const appLoads: number[] = [];
    for (let load = 0; load < 2; load++) {
      const start = now();
      await page.goto(load === 0 ? server.url : server.url.replace(/\?token=.*/, ''));
      await page.locator('tbody tr').first().waitFor({ timeout: 30_000 });
      appLoads.push(msSince(start));
    }
    console.log(
      `app ready (page load → first library row, ${project.documents.toLocaleString('en')} documents listed): ` +
        `${fmt(appLoads[1], 0)} ms (first load after import ${fmt(appLoads[0], 0)} ms: quote detection runs then)\n`,
    );

    // The library is virtualised: only the rows near its view are in the DOM. Filter it to the
    // two long documents so the clicks below find their rows (outside every timed figure).
    await page.getByLabel('Filter the library by title').fill('Long document');
    await page.locator('tbody tr', { hasText: LONG_TITLE_PLAIN }).waitFor({ timeout: WAIT_MS });
    await page.locator('tbody tr', { hasText: LONG_TITLE_CODED }).waitFor({ timeout: WAIT_MS });

    const long = project.workbench.db
      .prepare('SELECT body, paragraphs FROM documents WHERE id = ?')
      .get(project.longDocument) as {
      body: string;
      paragraphs: string;
    };
    const paragraphs = JSON.parse(long.paragraphs) as Paragraph[];
    const head = long.body.slice(paragraphs[0]!.start, paragraphs[0]!.end).split('\n')[0]!.slice(0, 24);

    if (ONLY_APPLY) {
      const baseline = BASELINE
        ? await startServer({ workbench: project.workbench, staticDir: BASELINE })
        : undefined;
      try {
        report(
          `(c) applying a tag through the palette and deleting it again, ${PALETTE_RUNS} runs per build` +
            (baseline ? ', the two builds in alternation' : ''),
          await measurePalette(browser, page, baseline, head),
        );
      } finally {
        await baseline?.close();
      }
      report(
        '(c) applying a tag through the Api (→ new passage bar painted), this build',
        await measureApply(page, project, paragraphs, true),
      );
      return;
    }

    // (a) Opening the document, then (b) scrolling it.
    const opened = await measureOpen(page, head);
    report(
      '(a) opening the document (click in the library → painted), median of ' + OPEN_RUNS,
      opened.outcome,
    );
    const scrolled = await measureScroll(page, head, opened.barsShown);
    report(
      `(b) scrolling the whole document in ${SCROLL_MS / 1000} s, one step per frame (rAF intervals)`,
      scrolled,
    );

    // (c) Applying a tag — with the coded document open at its top.
    await openDocument(page, LONG_TITLE_CODED, head, false);
    report(
      `(c) applying a tag through the palette and deleting it again, ${PALETTE_RUNS} runs`,
      await measurePalette(browser, page, undefined, head),
    );
    report(
      '(c) applying a tag through the Api (→ new passage bar painted)',
      await measureApply(page, project, paragraphs, opened.barsShown),
    );

    report(
      '(e) the Api calls behind these views, over HTTP from the page (5 runs)',
      await measureTransport(page, project),
    );

    // (d) The passage browser.
    report('(d) passage browser for "Diplomacy"', await measureBrowser(page, project, server.url));

    if (pageErrors.length > 0) console.log(`page errors: ${[...new Set(pageErrors)].join(' | ')}`);
  } catch (error) {
    failed = true;
    console.error(error);
  } finally {
    disarm();
    await cleanup();
  }
  console.log(`load average after: ${loads()}`);
  process.exitCode = failed ? 1 : 0;
}

/** Prints a section: its table, then rows with only a first cell (what was not measurable) as lines. */
function report(title: string, outcome: Outcome): void {
  console.log(title);
  if (outcome.ok) {
    const [header, ...body] = outcome.rows;
    const measured = body.filter((row) => row.slice(1).some((cell) => cell !== ''));
    if (measured.length > 0) console.log(table([header!, ...measured]));
    for (const row of body) if (!measured.includes(row)) console.log(`  ${row[0]}`);
  } else console.log(`  not measurable: ${outcome.missing}`);
  console.log();
}

async function openDocument(
  page: Page,
  title: string,
  head: string,
  expectBars: boolean,
): Promise<OpenResult> {
  const result = (await page.evaluate(
    inPage(OPEN_DOCUMENT, { title, head, expectBars, settleFrames: 10, timeoutMs: WAIT_MS }),
  )) as OpenResult | null;
  if (!result || result.error || result.textPainted === null) {
    throw new Error(
      `Opening "${title}" failed: ${result?.error ?? 'the reader did not show its text within ' + WAIT_MS + ' ms'}`,
    );
  }
  return result;
}

async function measureOpen(page: Page, head: string): Promise<{ outcome: Outcome; barsShown: boolean }> {
  const plain: OpenResult[] = [];
  const coded: OpenResult[] = [];
  let barsShown = true;
  for (let run = 0; run < OPEN_RUNS; run++) {
    plain.push(await openDocument(page, LONG_TITLE_PLAIN, head, false));
    const result = await openDocument(page, LONG_TITLE_CODED, head, barsShown);
    if (barsShown && (result.barsPainted === null || result.barsPainted === undefined)) barsShown = false;
    coded.push(result);
  }
  const base = median(plain.map((r) => r.textPainted!));
  const row = (label: string, results: OpenResult[], pick: (r: OpenResult) => number) => {
    const times = results.map(pick);
    return [
      label,
      fmt(median(times), 0),
      fmt(Math.max(...times), 0),
      `${(median(times) / base).toFixed(1)}×`,
      `${fmt(median(results.map((r) => r.blockedMs)), 0)} ms in ${median(results.map((r) => r.longTasks))}`,
    ];
  };
  const rows = [
    ['figure', 'ms', 'max', 'vs no passages', 'long tasks (main thread blocked)'],
    row('no passages (baseline): text painted', plain, (r) => r.textPainted!),
    row(`${LONG_PASSAGES.toLocaleString('en')} passages: text painted`, coded, (r) => r.textPainted!),
  ];
  if (barsShown) {
    const bars = coded.at(-1)?.bars ?? 0;
    rows.push(
      row(
        `${LONG_PASSAGES.toLocaleString('en')} passages: the ${bars.toLocaleString('en')} bars in view painted`,
        coded,
        (r) => r.barsPainted!,
      ),
    );
    const all = coded.filter((r) => r.allPainted !== null && r.allPainted !== undefined);
    if (all.length === coded.length)
      rows.push(
        row(
          `  all ${(coded.at(-1)?.allBars ?? 0).toLocaleString('en')} bars of the document (far ones in idle time)`,
          coded,
          (r) => r.allPainted!,
        ),
      );
    else rows.push([`  all bars of the document: not settled within 5 s of those in view`, '', '', '', '']);
  } else {
    rows.push([
      `bars: not measurable — no [data-testid="passage-bar"] within ${WAIT_MS / 1000} s of opening`,
      '',
      '',
      '',
      '',
    ]);
  }
  rows.push([`Api requests after the click (median): ${apiSummary(coded.map((r) => r.api))}`]);
  return { outcome: { ok: true, rows }, barsShown };
}

/** The Api calls behind these views, over HTTP from the page: transport and JSON included. */
async function measureTransport(page: Page, project: CodingProject): Promise<Outcome> {
  const calls: Array<[string, string, Record<string, unknown>]> = [
    ['documents-get (the long document)', 'documents-get', { id: project.longDocument }],
    ['passages-for-document (2,000)', 'passages-for-document', { document_id: project.longDocument }],
    ['quotes-list (the long document)', 'quotes-list', { document_id: project.longDocument }],
    ['tags-list', 'tags-list', {}],
    ['speakers-list', 'speakers-list', {}],
    ['passages-list page 1 (50,000-passage tag)', 'passages-list', { tag_id: project.bigTag, limit: 100 }],
    ['passages-list at 25,000', 'passages-list', { tag_id: project.bigTag, limit: 100, offset: 25_000 }],
  ];
  const rows: string[][] = [['call', 'median ms', 'max', 'answer KB']];
  for (const [label, command, args] of calls) {
    const result = (await page.evaluate(inPage(TIME_API, { command, args, runs: 5 }))) as {
      times: number[];
      bytes: number;
    };
    rows.push([
      label,
      fmt(median(result.times)),
      fmt(Math.max(...result.times)),
      fmt(result.bytes / 1024, 0),
    ]);
  }
  return { ok: true, rows };
}

async function measureScroll(page: Page, head: string, barsShown: boolean): Promise<Outcome> {
  const rows: string[][] = [
    [
      'document',
      'frames',
      'median ms',
      'p95',
      'max',
      `> ${FRAME_MS.toFixed(1)} ms`,
      '> 50 ms',
      'long tasks',
      'height px',
    ],
  ];
  for (const [label, title] of [
    ['no passages (baseline)', LONG_TITLE_PLAIN],
    [
      `${LONG_PASSAGES.toLocaleString('en')} passages${barsShown ? '' : ' (no bars shown yet)'}`,
      LONG_TITLE_CODED,
    ],
  ] as const) {
    // Wait for the bars too: scrolling must not overlap the rendering of the opening.
    await openDocument(page, title, head, barsShown && title === LONG_TITLE_CODED);
    await page.waitForTimeout(500);
    const result = (await page.evaluate(inPage(SCROLL_READER, { durationMs: SCROLL_MS }))) as {
      error?: string;
      intervals: number[];
      height: number;
      longTasks: number[];
    };
    if (result.error) return notMeasurable(result.error);
    const { intervals, longTasks } = result;
    // A frame counts as long when it took more than one 60 Hz frame, with 1 ms for timer jitter.
    rows.push([
      label,
      String(intervals.length),
      fmt(median(intervals)),
      fmt(p95(intervals)),
      fmt(Math.max(...intervals)),
      String(intervals.filter((ms) => ms > FRAME_MS + 1).length),
      String(intervals.filter((ms) => ms > 50).length),
      `${longTasks.length} (${fmt(
        longTasks.reduce((a, b) => a + b, 0),
        0,
      )} ms)`,
      String(result.height),
    ]);
  }
  return { ok: true, rows };
}

/**
 * The palette figures (measurePalette.ts) on this build, and with `baseline` (a server of another
 * build over the same project) on that build too, in its own page, run for run in alternation.
 */
async function measurePalette(
  browser: Browser,
  page: Page,
  baseline: RunningServer | undefined,
  head: string,
): Promise<Outcome> {
  const builds: Array<{ page: Page; runs: PaletteRuns }> = [
    { page, runs: { label: 'this build', apply: [], remove: [], floor: [] } },
  ];
  if (baseline) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    const other = await context.newPage();
    await other.goto(baseline.url);
    await other.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    await other.getByLabel('Filter the library by title').fill('Long document');
    await other.locator('tbody tr', { hasText: LONG_TITLE_CODED }).waitFor({ timeout: WAIT_MS });
    builds.push({ page: other, runs: { label: 'baseline', apply: [], remove: [] } });
  }
  for (const build of builds) {
    await openDocument(build.page, LONG_TITLE_CODED, head, true);
    await build.page.waitForTimeout(1500); // the rest of the text is laid out in idle time
  }
  // A first run on each warms the code paths up; it is not counted.
  for (const build of builds)
    await paletteRun(build.page, 'Energy', 18, { ...build.runs, apply: [], remove: [], floor: [] });
  for (let run = 0; run < PALETTE_RUNS; run++)
    for (const build of builds) {
      try {
        await paletteRun(build.page, 'Energy', 20 + (run % 4) * 11, build.runs);
      } catch (error) {
        build.runs.problem ??= error instanceof Error ? error.message : String(error);
      }
    }
  // A few more runs per build under a Chromium trace: main-thread CPU from the event to its frame.
  for (let run = 0; run < TRACED_RUNS; run++)
    for (const build of builds) {
      const cdp = await build.page.context().newCDPSession(build.page);
      const cpu = (build.runs.cpu ??= { apply: [], remove: [] });
      try {
        await paletteRun(
          build.page,
          'Energy',
          20 + run * 11,
          { ...build.runs, apply: [], remove: [], floor: [] },
          async (what, act) => {
            const { events } = await traceEvents(cdp, async () => {
              await act();
              await build.page.waitForTimeout(300);
            });
            const times = eventToFrameTimes(events);
            if (typeof times !== 'string') cpu[what].push(times);
            else build.runs.problem ??= `a traced run: ${times}`;
          },
        );
      } catch (error) {
        build.runs.problem ??= error instanceof Error ? error.message : String(error);
      } finally {
        await cdp.detach();
      }
    }
  const rows = [PALETTE_HEADER];
  for (const build of builds) {
    rows.push(...paletteRows(build.runs));
    if (build.runs.problem) rows.push([`${build.runs.label}: a run failed — ${build.runs.problem}`]);
  }
  rows.push([`load average now: ${loads()}`], ...PALETTE_NOTES.map((note) => [note]));
  return { ok: true, rows };
}

async function measureApply(
  page: Page,
  project: CodingProject,
  paragraphs: Paragraph[],
  barsShown: boolean,
): Promise<Outcome> {
  if (!barsShown)
    return notMeasurable('the reader shows no [data-testid="passage-bar"], so a new bar cannot be seen');
  const rows: string[][] = [['path', 'runs', 'median ms', 'max', 'what is timed']];
  const tagId = project.tags['Energy']!;
  const undo: number[] = [];

  // Through the Api, from the page: what the UI does after a passages-create from anywhere.
  const first = paragraphs.find((p) => p.kind === 'paragraph' && p.end - p.start > 200)!;
  const apiTimes: number[] = [];
  const roundTrips: number[] = [];
  for (let run = 0; run < APPLY_RUNS; run++) {
    const start = first.start + 3 + run * 7;
    const result = (await page.evaluate(
      inPage(APPLY_VIA_API, {
        documentId: project.longDocument,
        start,
        end: start + 30 + run,
        tagId,
        timeoutMs: WAIT_MS,
      }),
    )) as { error?: string; api: number; painted: number | null; id: number };
    if (result.error) return notMeasurable(`passages-create from the page failed: ${result.error}`);
    undo.push(result.id);
    if (result.painted === null) {
      rows.push([
        `Api: not measurable — no new bar within ${WAIT_MS / 1000} s after passages-create (the reader does not follow on-coding-changed?)`,
        '',
        '',
        '',
        '',
      ]);
      break;
    }
    apiTimes.push(result.painted);
    roundTrips.push(result.api + result.painted);
    await page.waitForTimeout(200);
  }
  if (apiTimes.length > 0) {
    rows.push([
      'Api passages-create (HTTP)',
      String(apiTimes.length),
      fmt(median(apiTimes)),
      fmt(Math.max(...apiTimes)),
      'answer → new bar painted',
    ]);
    rows.push([
      '  same, request included',
      String(roundTrips.length),
      fmt(median(roundTrips)),
      fmt(Math.max(...roundTrips)),
      'request → new bar painted',
    ]);
  }
  for (const id of undo) await project.workbench.call('passages-delete', { id }).catch(() => undefined);
  return { ok: true, rows };
}

/** The element that opens the passage browser for a tag; opens a Codebook tab first if need be. */
async function findTagTarget(page: Page, tagId: number, name: string): Promise<string | false> {
  const find = () => page.evaluate(inPage(FIND_TAG_TARGET, { tagId, name })) as Promise<string | false>;
  const found = await find();
  if (found) return found;
  const tab = page
    .getByRole('tab', { name: /codebook|codes|coding|tags/i })
    .or(page.getByRole('button', { name: /^(codebook|codes|tags)$/i }));
  if ((await tab.count()) === 0) return false;
  await tab.first().click();
  await page.waitForTimeout(300);
  return find();
}

async function measureBrowser(page: Page, project: CodingProject, url: string): Promise<Outcome> {
  const totals = [project.bigTreePassages, BIG_TAG_PASSAGES].flatMap((n) => [
    n.toLocaleString('en'),
    String(n),
  ]);
  let needTotal = true;
  const rows: string[][] = [['figure', 'runs', 'median ms', 'max', 'detail']];
  const opens: number[] = [];
  const firstRows: number[] = [];
  const apiRuns: ApiTiming[][] = [];
  const scrolls: number[] = [];
  let detail = '';
  let scrollDetail = '';
  for (let run = 0; run < BROWSER_RUNS; run++) {
    if (run > 0) {
      await page.goto(url.replace(/\?token=.*/, ''));
      await page.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    }
    const found = await findTagTarget(page, project.bigTag, 'Diplomacy');
    if (!found)
      return notMeasurable('no codebook entry naming the tag "Diplomacy" to open the passage browser from');
    const opened = (await page.evaluate(inPage(OPEN_BROWSER, { totals, needTotal, timeoutMs: WAIT_MS }))) as {
      error?: string;
      rowPainted: number | null;
      totalPainted: number | null;
      rows: number;
      timedOut: boolean;
      api: ApiTiming[];
    };
    if (opened.error) return notMeasurable(opened.error);
    if (opened.rowPainted === null)
      return notMeasurable(
        `clicking "Diplomacy" (${String(found)}) showed no [data-testid="passage-row"] within ${WAIT_MS / 1000} s`,
      );
    firstRows.push(opened.rowPainted);
    apiRuns.push(opened.api);
    if (opened.totalPainted !== null) opens.push(Math.max(opened.rowPainted, opened.totalPainted));
    else needTotal = false; // not shown: later runs stop at the first row instead of waiting
    detail = `${opened.rows} rows in the DOM${opened.totalPainted === null ? '; total (' + totals[0] + ') not shown' : ''}`;
    await page.waitForTimeout(300);
    const scrolled = (await page.evaluate(inPage(SCROLL_BROWSER, { timeoutMs: WAIT_MS }))) as {
      error?: string;
      painted: number | null;
      height: number;
      rowsInDom: number;
    };
    if (scrolled.error) scrollDetail = `not measurable — ${scrolled.error}`;
    else if (scrolled.painted === null)
      scrollDetail = `not measurable — no new rows within ${WAIT_MS / 1000} s of scrolling to the middle`;
    else {
      scrolls.push(scrolled.painted);
      scrollDetail = `list ${scrolled.height.toLocaleString('en')} px tall, ${scrolled.rowsInDom} rows in the DOM`;
    }
  }
  rows.push([
    'click → first passage row painted',
    String(firstRows.length),
    fmt(median(firstRows)),
    fmt(Math.max(...firstRows)),
    detail,
  ]);
  if (opens.length > 0) {
    rows.push([
      'click → first row and total painted',
      String(opens.length),
      fmt(median(opens)),
      fmt(Math.max(...opens)),
      `target < 200 ms: ${median(opens) < 200 ? 'PASS' : 'FAIL'}`,
    ]);
  } else rows.push([`click → total painted: not measurable — no total (${totals[0]}) shown`, '', '', '', '']);
  if (scrolls.length > 0)
    rows.push([
      'scroll to the middle → new rows painted',
      String(scrolls.length),
      fmt(median(scrolls)),
      fmt(Math.max(...scrolls)),
      scrollDetail,
    ]);
  else rows.push([`scroll to the middle: ${scrollDetail}`, '', '', '', '']);
  rows.push([`Api requests after the click (median): ${apiSummary(apiRuns)}`]);
  return { ok: true, rows };
}

void main();
