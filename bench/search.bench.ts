/**
 * Import and search speed on a generated corpus built from the sample articles, each figure
 * printed with a baseline measured in the same run:
 *   import  — Lectern (decode, analyse, fold, index) vs. bare better-sqlite3 inserts of the same
 *             texts into a table + FTS5 (the floor for storing and indexing);
 *   search  — Lectern's ranked, folded search with snippets vs. `grep -ril` over the same files
 *             and vs. a bare FTS5 MATCH.
 * Usage: npm run bench -- [documents=5000]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Workbench } from '../src/core/workbench';

const COUNT = Number(process.argv[2] ?? 5000);
const SAMPLE_DIR = resolve(__dirname, '..', 'resources', 'sample');
const QUERIES = [
  'Lavrov',
  'Lawrow',
  'Azerbaijan Armenia',
  '"peace process"',
  'sanction*',
  'Shoigu -Lavrov',
  'Blinken OR Patel',
];

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;

function makeCorpus(dir: string): string[] {
  const samples = readdirSync(SAMPLE_DIR).map((file) => readFileSync(join(SAMPLE_DIR, file), 'utf8'));
  const texts: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    // Vary each copy so content hashes differ and the index sees distinct documents.
    const text = samples[i % samples.length]!.replace(/\n/, `\nDocument ${i} (series ${i % 97}).\n`);
    writeFileSync(join(dir, `doc-${String(i).padStart(6, '0')}.txt`), text);
    texts.push(text);
  }
  return texts;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  const corpus = join(work, 'corpus');
  mkdirSync(corpus);
  const texts = makeCorpus(corpus);
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 / 1024;
  console.log(`corpus: ${COUNT} documents, ${megabytes.toFixed(1)} MB (generated from the 5 samples)\n`);

  // Baseline import: the same texts straight into SQLite + FTS5, no analysis.
  let start = process.hrtime.bigint();
  const bare = new Database(join(work, 'bare.db'));
  bare.pragma('journal_mode = WAL');
  bare.exec(
    'CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT); CREATE VIRTUAL TABLE docs_fts USING fts5(body, content=docs, content_rowid=id)',
  );
  const insert = bare.prepare('INSERT INTO docs (body) VALUES (?)');
  const index = bare.prepare('INSERT INTO docs_fts (rowid, body) VALUES (?, ?)');
  bare.transaction(() => texts.forEach((text) => index.run(insert.run(text).lastInsertRowid, text)))();
  const bareImport = ms(start);

  start = process.hrtime.bigint();
  const workbench = new Workbench(join(work, 'lectern.db'));
  const report = await workbench.call('import-paths', { paths: [corpus] });
  const lecternImport = ms(start);
  if (report.imported !== COUNT) throw new Error(`imported ${report.imported} of ${COUNT}`);

  console.log('import');
  console.log(
    `  lectern      ${lecternImport.toFixed(0)} ms  (${((COUNT / lecternImport) * 1000).toFixed(0)} docs/s, ${(megabytes / (lecternImport / 1000)).toFixed(1)} MB/s)`,
  );
  console.log(`  bare sqlite  ${bareImport.toFixed(0)} ms  (insert + FTS5, no analysis)`);
  console.log(`  ratio        ${(lecternImport / bareImport).toFixed(2)}× the bare floor\n`);

  console.log('search (median of 5 runs; limit 50, with snippets)');
  console.log('  query                  lectern ms  p95 ms  hits   bare FTS5 ms  grep -ril ms  vs grep');
  for (const query of QUERIES) {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < 5; run++) {
      start = process.hrtime.bigint();
      total = (await workbench.call('search', { query })).total;
      times.push(ms(start));
    }
    const word = query.replace(/["*]/g, '').split(/\s+/)[0]!;
    const bareTimes: number[] = [];
    for (let run = 0; run < 5; run++) {
      start = process.hrtime.bigint();
      bare
        .prepare('SELECT rowid, bm25(docs_fts) FROM docs_fts WHERE docs_fts MATCH ? ORDER BY 2 LIMIT 50')
        .all(`"${word}"`);
      bareTimes.push(ms(start));
    }
    const grepTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      start = process.hrtime.bigint();
      try {
        execFileSync('grep', ['-ril', word, corpus], { maxBuffer: 1 << 28 });
      } catch {
        /* grep exits 1 when nothing matches */
      }
      grepTimes.push(ms(start));
    }
    const ours = median(times);
    const grep = median(grepTimes);
    console.log(
      `  ${query.padEnd(22)} ${ours.toFixed(1).padStart(10)}  ${p95(times).toFixed(1).padStart(6)}  ${String(total).padStart(5)}  ${median(bareTimes).toFixed(1).padStart(12)}  ${grep.toFixed(1).padStart(12)}  ${(ours / grep).toFixed(2)}×`,
    );
  }
  workbench.close();
  bare.close();
  rmSync(work, { recursive: true, force: true });
}

void main();
