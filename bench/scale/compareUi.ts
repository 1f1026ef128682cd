/**
 * The workbench targets of bench:scale (type a search → results painted, clear it, open a
 * document, sort and jump-scroll the library, renderer heap over search cycles) measured for two
 * builds of the renderer in the same run, turn about, against one cached scale project — so a
 * change is judged beside its baseline under the same machine load. The baseline is a renderer
 * built from another commit (e.g. `git archive BASE | tar -x -C /tmp/base && npm run
 * build:renderer` there).
 *
 * Usage: tsx bench/scale/compareUi.ts --baseline /tmp/base/out/renderer [--candidate DIR] [--docs 10000] [--rounds 3]
 *        (--candidate: the renderer to judge, out/renderer unless given)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { Workbench } from '../../src/core/workbench';
import { startServer } from '../../src/server/startServer';
import { fmt, median, p95, table } from '../coding/timing';
import { CHROMIUM, loads } from '../coding/uiPreflight';
import { CACHE_DIR, REPO_ROOT } from './corpus';
import { FIRST_ROW, OPEN_ROW, SCALE_QUERIES, SCROLL_TO, SEARCH_CYCLE, SORT_BY } from './pageScripts';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const docs = Number(option('docs') ?? 10_000);
const rounds = Number(option('rounds') ?? 3);
const baselineDir = option('baseline');
const candidateDir = option('candidate') ?? join(REPO_ROOT, 'out/renderer');
const WAIT = { timeoutMs: 60_000 };

type Figures = Record<
  'first' | 'search' | 'clear' | 'open' | 'sort' | 'scroll' | 'heapStart' | 'heapEnd',
  number[]
>;

async function round(page: Page, url: string, into: Figures): Promise<void> {
  await page.goto(url);
  const first = (await page.evaluate(`(${FIRST_ROW})(${JSON.stringify(WAIT)})`)) as { ms: number };
  into.first.push(first.ms);
  await page.waitForTimeout(500);
  const run = async (script: string, arg: object) =>
    (await page.evaluate(`(${script})(${JSON.stringify({ ...WAIT, ...arg })})`)) as number;
  const heap = async () => {
    await page.evaluate('window.gc && window.gc()');
    return ((await page.evaluate('performance.memory.usedJSHeapSize')) as number) / 1024 / 1024;
  };
  into.heapStart.push(await heap());
  into.sort.push(await run(SORT_BY, { column: 'col-title' }), await run(SORT_BY, { column: 'col-date' }));
  for (const fraction of [0.5, 0.9, 0.2]) into.scroll.push(await run(SCROLL_TO, { fraction }));
  for (let i = 0; i < 4; i++) into.open.push(await run(OPEN_ROW, { index: i * 2 }));
  for (const query of SCALE_QUERIES) {
    const { search, clear } = (await page.evaluate(
      `(${SEARCH_CYCLE})(${JSON.stringify({ ...WAIT, query })})`,
    )) as { search: number; clear: number };
    into.search.push(search);
    into.clear.push(clear);
  }
  into.heapEnd.push(await heap());
}

async function main(): Promise<void> {
  if (!baselineDir) throw new Error('Pass --baseline DIR: a renderer built from the commit to compare with.');
  console.log(`compareUi — ${docs.toLocaleString('en')} documents, ${rounds} rounds; load ${loads()}`);
  const copy = join(mkdtempSync(join(tmpdir(), 'lectern-compare-')), 'project.lectern');
  execFileSync('cp', [join(CACHE_DIR, `project-${docs}.lectern`), copy]);
  const workbench = new Workbench(copy);
  const mine = await startServer({ workbench, staticDir: candidateDir, token: 'bench' });
  const base = await startServer({ workbench, staticDir: baselineDir, token: 'bench' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const empty = (): Figures => ({
    first: [],
    search: [],
    clear: [],
    open: [],
    sort: [],
    scroll: [],
    heapStart: [],
    heapEnd: [],
  });
  const figures = { base: empty(), mine: empty() };
  try {
    for (let r = 0; r < rounds; r++)
      for (const which of r % 2 ? (['mine', 'base'] as const) : (['base', 'mine'] as const)) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await round(page, which === 'mine' ? mine.url : base.url, figures[which]);
        await page.close();
      }
    const row = (label: string, pick: (f: Figures) => string) => [
      label,
      pick(figures.mine),
      pick(figures.base),
    ];
    const p50p95 = (list: number[]) => `${fmt(median(list), 0)} / ${fmt(p95(list), 0)} ms`;
    console.log(
      table([
        [`Chromium ${browser.version()}, load after ${loads()}`, 'this branch', 'baseline'],
        row('page load → first library row (median)', (f) => `${fmt(median(f.first), 0)} ms`),
        row('sort the library p50 / p95', (f) => p50p95(f.sort)),
        row('jump-scroll the library p50 / p95', (f) => p50p95(f.scroll)),
        row('open a document p50 / p95', (f) => p50p95(f.open)),
        row('type a search → results painted p50 / p95', (f) => p50p95(f.search)),
        row('clear the search → library back p50 / p95', (f) => p50p95(f.clear)),
        row(
          'renderer heap start → after 10 search cycles',
          (f) => `${fmt(median(f.heapStart))} → ${fmt(median(f.heapEnd))} MB`,
        ),
      ]),
    );
  } finally {
    await browser.close();
    await mine.close();
    await base.close();
    workbench.close();
    rmSync(join(copy, '..'), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
