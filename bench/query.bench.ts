/**
 * Search speed on a generated corpus (bench/query/buildBrownCorpus.ts: Brown-corpus texts with
 * news metadata, plus one very large document), each figure beside a baseline measured in the
 * same run over the same texts in the same database file:
 *   search  — Lectern's `search` (parse, stems, compounds, filters, rank ids, page of 50 with
 *             snippets, total) vs. a bare FTS5 table over the raw texts: `MATCH … ORDER BY rank
 *             LIMIT 50` (the floor), the same plus its count, and the old way (bodies joined,
 *             ordered by bm25) for reference;
 *   facets  — `search-facets` vs. the bare GROUP BY queries over the bare FTS5 match;
 *   KWIC    — `search-kwic` (1,000 lines).
 * Targets (issues 9 and 12): search p50 ≤ 1.5× raw FTS5 and p95 < 50 ms; facets ≤ 50 ms added.
 * Usage: npm run bench:query -- [documents=20000] [hugeMb=20]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbench } from '../src/core/workbench';
import { fmt, median, msSince, now, p95, sample, table } from './coding/timing';
import { buildBrownCorpus } from './query/buildBrownCorpus';

const COUNT = Number(process.argv[2] ?? 20_000);
const HUGE_MB = Number(process.argv[3] ?? 20);
const RUNS = 25;
/** A query matching most documents: the analysis figures need 10,000 hits at 10,000+ documents. */
const ANALYSIS_QUERY = 'the';

/** Lectern query, the same as bare FTS5 syntax over the raw text, and a bare SQL filter. */
const QUERIES: Array<[string, string, string?]> = [
  ['jury', 'jury'],
  ['Atlanta', 'atlanta'],
  ['election', 'election'],
  ['"grand jury"', '"grand jury"'],
  ['elect*', 'elect*'],
  ['government OR state', 'government OR state'],
  ['church -god', 'church NOT god'],
  ['president NEAR/5 kennedy', 'NEAR(president kennedy, 5)'],
  ['the', 'the'],
  ['election date:2021', 'election', "d.published_at >= '2021' AND d.published_at || '~' <= '2021~'"],
  ['faith source:"Religion Weekly"', 'faith', "d.source = 'Religion Weekly'"],
];

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

    const bareStatement = (sql: string) => db.prepare(sql);
    const rows: string[][] = [
      [
        'query',
        'hits',
        'lectern p50',
        'p95',
        'bare p50',
        'p95',
        'ratio p50',
        'bare+count',
        'old way',
        'facets',
        'bare facets',
        'kwic 1000',
      ],
    ];
    const ratios: number[] = [];
    const p95s: number[] = [];
    const facetsAdded: number[] = [];
    for (const [query, bare, where] of QUERIES) {
      let total = 0;
      const ours = await sample(RUNS, async () => {
        total = (await workbench.call('search', { query })).total;
      });
      const filter = where ? ` AND ${where}` : '';
      const join = where ? ' JOIN documents d ON d.id = bare_fts.rowid' : '';
      const page = bareStatement(
        `SELECT bare_fts.rowid, rank FROM bare_fts${join} WHERE bare_fts MATCH ?${filter} ORDER BY rank LIMIT 50`,
      );
      const count = bareStatement(`SELECT count(*) FROM bare_fts${join} WHERE bare_fts MATCH ?${filter}`);
      const old = bareStatement(
        `SELECT d.id, d.title, d.body, bm25(bare_fts) AS r FROM bare_fts JOIN documents d ON d.id = bare_fts.rowid WHERE bare_fts MATCH ?${filter} ORDER BY r LIMIT 50`,
      );
      const bareTimes = await sample(RUNS, () => page.all(bare));
      const bareCount = await sample(RUNS, () => {
        page.all(bare);
        count.get(bare);
      });
      const oldTimes = await sample(5, () => old.all(bare));
      const facets = await sample(9, () => workbench.call('search-facets', { query }));
      const bareFacets = bareStatement(
        `SELECT d.language, d.source, substr(d.published_at, 1, 7), count(*) FROM bare_fts JOIN documents d ON d.id = bare_fts.rowid
         WHERE bare_fts MATCH ?${filter} GROUP BY 1, 2, 3`,
      );
      const bareFacetTimes = await sample(9, () => bareFacets.all(bare));
      const kwic = await sample(3, () => workbench.call('search-kwic', { query, limit: 1000 }));
      ratios.push(median(ours) / median(bareTimes));
      p95s.push(p95(ours));
      facetsAdded.push(median(facets));
      rows.push([
        query,
        total.toLocaleString('en'),
        fmt(median(ours)),
        fmt(p95(ours)),
        fmt(median(bareTimes)),
        fmt(p95(bareTimes)),
        `${(median(ours) / median(bareTimes)).toFixed(2)}×`,
        fmt(median(bareCount)),
        fmt(median(oldTimes)),
        fmt(median(facets)),
        fmt(median(bareFacetTimes)),
        fmt(median(kwic)),
      ]);
    }
    console.log(`search, page of 50 with snippets and total (ms, ${RUNS} runs each after a warm-up)`);
    console.log(table(rows));
    const sortedRatios = [...ratios].sort((a, b) => a - b);
    console.log(
      `\n  median ratio to bare FTS5: ${median(sortedRatios).toFixed(2)}× (target ≤ 1.5×); worst p95 ${fmt(Math.max(...p95s))} ms (target < 50 ms); facets median ${fmt(median(facetsAdded))} ms (target ≤ 50 ms added)`,
    );
    console.log(
      `  load after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
    await analysisFigures(workbench);
    console.log(
      `  load after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    workbench.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The analysis views for a query with many hits, each beside the bare SQL of the same
 * aggregation over the bare FTS5 table (target: ≤ 300 ms for 10,000 hits).
 */
async function analysisFigures(workbench: Workbench) {
  const db = workbench.db;
  const query = ANALYSIS_QUERY;
  const hits = (await workbench.call('search', { query, limit: 1 })).total;
  const bare = (sql: string, ...params: string[]) => {
    const statement = db.prepare(sql);
    return () => statement.all(...params);
  };
  const fts = 'FROM bare_fts JOIN documents d ON d.id = bare_fts.rowid WHERE bare_fts MATCH ?';
  const coded = `SELECT p.id, p.document_id, p.start, p."end", pt.tag_id FROM bare_fts JOIN documents d ON d.id = bare_fts.rowid
    JOIN passages p ON p.document_id = d.id JOIN passage_tags pt ON pt.passage_id = p.id WHERE bare_fts MATCH ?`;
  // The codebook is flat; for the sub-tag figure every tag is put under one parent (the worst
  // case: the parent counts every passage once more) and taken out again after the call.
  const parent = Number(
    db
      .prepare(
        "INSERT INTO tags (name, sort, created_at, updated_at) VALUES ('All topics', 99, datetime('now'), datetime('now'))",
      )
      .run().lastInsertRowid,
  );
  const nest = (on: boolean) =>
    db.prepare('UPDATE tags SET parent_id = ? WHERE id != ?').run(on ? parent : null, parent);
  const cases: Array<[string, () => unknown, () => unknown]> = [
    [
      'frequency: query by month, split by source',
      () => workbench.call('analysis-frequency', { query, by: 'month', split: 'source' }),
      bare(`SELECT substr(d.published_at, 1, 7), d.source, count(*) ${fts} GROUP BY 1, 2`, query),
    ],
    [
      'frequency: query by week',
      () => workbench.call('analysis-frequency', { query, by: 'week' }),
      bare(`SELECT date(d.published_at, 'weekday 0', '-6 days'), count(*) ${fts} GROUP BY 1`, query),
    ],
    [
      'frequency: tag Politics by month, in the query',
      () => workbench.call('analysis-frequency', { query, tag: 'Politics', by: 'month' }),
      bare(
        `WITH c AS (${coded}) SELECT substr(d.published_at, 1, 7), count(*) FROM c JOIN documents d ON d.id = c.document_id
         WHERE c.tag_id = (SELECT id FROM tags WHERE name = 'Politics') GROUP BY 1`,
        query,
      ),
    ],
    [
      'matrix: tags × source, in the query',
      () => workbench.call('analysis-matrix', { query, columns: 'source' }),
      bare(
        `WITH c AS (${coded}) SELECT c.tag_id, d.source, count(*) FROM c JOIN documents d ON d.id = c.document_id GROUP BY 1, 2`,
        query,
      ),
    ],
    [
      'matrix: tags × source, own tags only (no sub-tags)',
      () => workbench.call('analysis-matrix', { query, columns: 'source', subtags: false }),
      bare(
        `WITH c AS (${coded}) SELECT c.tag_id, d.source, count(*) FROM c JOIN documents d ON d.id = c.document_id GROUP BY 1, 2`,
        query,
      ),
    ],
    [
      'matrix: tags × source, sub-tags under one parent',
      async () => {
        nest(true);
        try {
          return await workbench.call('analysis-matrix', { query, columns: 'source' });
        } finally {
          nest(false);
        }
      },
      bare(
        `WITH c AS (${coded}) SELECT c.tag_id, d.source, count(*) FROM c JOIN documents d ON d.id = c.document_id GROUP BY 1, 2`,
        query,
      ),
    ],
    [
      'co-occurrence: same document',
      () => workbench.call('analysis-cooccurrence', { query, scope: 'document' }),
      bare(
        `WITH c AS (${coded}), dt AS (SELECT DISTINCT document_id, tag_id FROM c)
         SELECT x.tag_id, y.tag_id, count(*) FROM dt x JOIN dt y ON y.document_id = x.document_id AND x.tag_id < y.tag_id GROUP BY 1, 2`,
        query,
      ),
    ],
    [
      'co-occurrence: overlapping passages',
      () => workbench.call('analysis-cooccurrence', { query, scope: 'overlap' }),
      bare(
        `WITH c AS (${coded}) SELECT x.tag_id, y.tag_id, count(*) FROM c x JOIN c y
         ON y.document_id = x.document_id AND x.tag_id < y.tag_id AND x.start < y."end" AND y.start < x."end" GROUP BY 1, 2`,
        query,
      ),
    ],
    [
      'co-occurrence: same paragraph',
      () => workbench.call('analysis-cooccurrence', { query, scope: 'paragraph' }),
      bare(
        `WITH c AS (${coded}) SELECT c.*, d.paragraphs FROM c JOIN documents d ON d.id = c.document_id`,
        query,
      ),
    ],
    [
      'words: frequencies and keywords (500 best documents)',
      () => workbench.call('analysis-words', { query }),
      bare(`SELECT d.body ${fts} ORDER BY bare_fts.rank LIMIT 500`, query),
    ],
  ];
  const rows: string[][] = [['view', 'lectern p50', 'p95', 'bare SQL p50', 'ratio']];
  for (const [label, ours, theirs] of cases) {
    const lectern = await sample(5, ours);
    const sql = await sample(5, theirs);
    rows.push([
      label,
      fmt(median(lectern)),
      fmt(p95(lectern)),
      fmt(median(sql)),
      `${(median(lectern) / median(sql)).toFixed(1)}×`,
    ]);
  }
  console.log(
    `analysis views for "${query}" (${hits.toLocaleString('en')} matching documents; ms, 5 runs after a warm-up; target ≤ 300 ms)`,
  );
  console.log(table(rows));
}

void main();
