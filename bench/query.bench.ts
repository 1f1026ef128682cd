/**
 * Search speed on a generated corpus (bench/query/buildBrownCorpus.ts: Brown-corpus texts with
 * news metadata, plus one very large document), each figure beside a baseline measured in the
 * same run over the same texts in the same database file (bench/query/searchFigures.ts says why
 * these baselines):
 *   search   — Lectern's `search` (parse, stems, compounds, filters, rank ids, page of 50 with
 *              snippets, total) vs. bare FTS5 over the raw texts doing the same visible job
 *              (`ORDER BY rank LIMIT 50` with `snippet()` + `count(*)`), and vs. bare rowids only;
 *   facets   — `search-facets` vs. the bare GROUP BY over the bare FTS5 match;
 *   KWIC     — `search-kwic` (1,000 lines);
 *   analysis — each view for a query matching ~all documents, beside the bare SQL aggregation.
 * Targets (issues 9 and 12): search p50 ≤ 1.5× raw FTS5 and p95 < 50 ms; facets ≤ 50 ms added;
 * analysis ≤ 300 ms for 10,000 hits. bench:scale prints the same at 10,000 and 100,000.
 * Usage: npm run bench:query -- [documents=10000] [hugeMb=20]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbench } from '../src/core/workbench';
import { fmt, median, msSince, now, table } from './coding/timing';
import { buildBrownCorpus } from './query/buildBrownCorpus';
import { analysisFigures, querySet, searchFigures } from './query/searchFigures';

const COUNT = Number(process.argv[2] ?? 10_000);
const HUGE_MB = Number(process.argv[3] ?? 20);
const RUNS = 15;
/** A query matching most documents: the analysis figures need 10,000 hits at 10,000+ documents. */
const ANALYSIS_QUERY = 'the';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-query-'));
  const workbench = new Workbench(join(dir, 'bench.lectern'));
  try {
    let start = now();
    const corpus = buildBrownCorpus(workbench, COUNT, HUGE_MB);
    const buildMs = msSince(start);
    const db = workbench.db;
    start = now();
    db.exec(`CREATE VIRTUAL TABLE bare_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
             INSERT INTO bare_fts (rowid, title, body) SELECT id, title, body FROM documents;`);
    const bareBuildMs = msSince(start);
    console.log(
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      `corpus: ${corpus.documents.toLocaleString('en')} documents, ${corpus.megabytes.toFixed(1)} MB (Brown corpus), one of ${HUGE_MB} MB; ${corpus.passages.toLocaleString('en')} passages`,
    );
    console.log(
      `index: Lectern (fold + stems + compounds) ${(buildMs / 1000).toFixed(1)} s; bare FTS5 ${(bareBuildMs / 1000).toFixed(1)} s\n`,
    );

    const queries = querySet([
      ['election date:2021', 'election', "d.published_at >= '2021' AND d.published_at || '~' <= '2021~'"],
      ['faith source:"Religion Weekly"', 'faith', "d.source = 'Religion Weekly'"],
      ['state lang:en', 'state', "coalesce(d.language, '') = 'en'"],
    ]);
    await searchFigures(workbench, queries, { runs: RUNS });
    const kwic: string[][] = [['KWIC (1,000 lines)', 'p50 ms']];
    for (const query of ['jury', 'the', '"new york"']) {
      const times: number[] = [];
      for (let run = 0; run < 4; run++) {
        const start = now();
        await workbench.call('search-kwic', { query, limit: 1000 });
        if (run > 0) times.push(msSince(start));
      }
      kwic.push([query, fmt(median(times))]);
    }
    console.log(table(kwic) + '\n');
    await analysisFigures(workbench, { query: ANALYSIS_QUERY, tag: 'Politics' });
  } finally {
    workbench.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
