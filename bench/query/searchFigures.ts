/**
 * Search, facet and analysis figures shared by bench:query and bench:scale: Lectern's commands
 * beside bare FTS5 and bare SQL over the same texts in the same run, runs interleaved (ours, then
 * each baseline, query after query) so a busy machine slows all of them alike.
 *
 * The baselines. A researcher sees a page of 50 results with a snippet each and a total count,
 * so the fair floor for "search" is bare FTS5 doing that same visible job over a plain table of
 * the raw texts (`bare_fts`, unicode61, content stored): `MATCH … ORDER BY rank LIMIT 50` with
 * FTS5's own `snippet()` for those 50, plus `count(*)` of the matches ("bare page"). The
 * rowid-only `MATCH … ORDER BY rank LIMIT 50` ("bare ids") is printed too: it is what the index
 * alone costs, and hiding the gap to it would hide real cost. Bare FTS5 matches the word as
 * written (no stems, no compounds, no folding of spellings); Lectern matches more.
 */
import { loadavg } from 'node:os';
import type { Workbench } from '../../src/core/workbench';
import { fmt, median, msSince, now, p95, table } from '../coding/timing';

/** A Lectern query, the same as bare FTS5 syntax, and the bare SQL filter over `d` (documents). */
export type BenchQuery = { kind: string; query: string; bare: string; where?: string };

export const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** The varied query set: rare and common words, phrases, prefixes, OR, NOT, NEAR, a German compound part. */
export function querySet(filters: Array<[string, string, string]>): BenchQuery[] {
  return [
    { kind: 'rare word', query: 'jury', bare: 'jury' },
    { kind: 'rare word', query: 'atlanta', bare: 'atlanta' },
    { kind: 'rare word', query: 'missile', bare: 'missile' },
    { kind: 'common word', query: 'president', bare: 'president' },
    { kind: 'common word', query: 'church', bare: 'church' },
    { kind: 'common word', query: 'water', bare: 'water' },
    { kind: 'most documents', query: 'the', bare: 'the' },
    { kind: 'phrase', query: '"new york"', bare: '"new york"' },
    { kind: 'phrase', query: '"grand jury"', bare: '"grand jury"' },
    { kind: 'prefix', query: 'govern*', bare: 'govern*' },
    { kind: 'prefix', query: 'elect*', bare: 'elect*' },
    { kind: 'OR', query: 'government OR state', bare: 'government OR state' },
    { kind: 'NOT', query: 'church -god', bare: 'church NOT god' },
    { kind: 'NEAR', query: 'president NEAR/5 kennedy', bare: 'NEAR(president kennedy, 5)' },
    { kind: 'German compound part', query: 'Korridor', bare: 'korridor' },
    ...filters.map(([query, bare, where]) => ({ kind: 'filter', query, bare, where })),
  ];
}

export interface SearchSummary {
  ratioPage: number;
  ratioIds: number;
  ratioCpu: number;
  p50: number;
  p95: number;
  facets: number;
  facetsCpu: number;
}

/**
 * Search figures for each query: Lectern's `search` (page of 50, snippets, total) vs bare ids and
 * the bare page; facets vs the bare GROUP BY. `bare` names the bare FTS5 table.
 */
export async function searchFigures(
  workbench: Workbench,
  queries: BenchQuery[],
  { bare = 'bare_fts', runs = 15 }: { bare?: string; runs?: number } = {},
): Promise<SearchSummary> {
  const db = workbench.db;
  const cases = queries.map((q) => {
    const filter = q.where ? ` AND ${q.where}` : '';
    const join = q.where ? ` JOIN documents d ON d.id = ${bare}.rowid` : '';
    const ids = db.prepare(
      `SELECT ${bare}.rowid FROM ${bare}${join} WHERE ${bare} MATCH ?${filter} ORDER BY rank LIMIT 50`,
    );
    const page = db.prepare(
      `SELECT ${bare}.rowid, ${bare}.title, snippet(${bare}, 1, '[', ']', '…', 36) FROM ${bare}${join}
       WHERE ${bare} MATCH ?${filter} ORDER BY rank LIMIT 50`,
    );
    const count = db.prepare(`SELECT count(*) FROM ${bare}${join} WHERE ${bare} MATCH ?${filter}`);
    const facets = db.prepare(
      `SELECT d.language, d.source, substr(d.published_at, 1, 7), count(*) FROM ${bare} JOIN documents d ON d.id = ${bare}.rowid
       WHERE ${bare} MATCH ?${filter} GROUP BY 1, 2, 3`,
    );
    return {
      q,
      total: 0,
      unranked: false,
      ours: [] as number[],
      oursCpu: [] as number[],
      ids: [] as number[],
      page: [] as number[],
      pageCpu: [] as number[],
      facets: [] as number[],
      facetsCpu: [] as number[],
      bareFacets: [] as number[],
      run: {
        ids: () => ids.all(q.bare),
        page: () => {
          page.all(q.bare);
          count.get(q.bare);
        },
        facets: () => facets.all(q.bare),
      },
    };
  });
  // Wall time, and the CPU time this process spent (SQLite runs in it): on a busy machine wall
  // time includes waiting for a core, CPU time does not.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let lastCpu = 0;
  const time = async (fn: () => unknown) => {
    const cpu = cpuMs();
    const start = now();
    await fn();
    lastCpu = cpuMs() - cpu;
    return msSince(start);
  };
  // One warm-up round, then `runs` interleaved rounds.
  for (let round = -1; round < runs; round++)
    for (const c of cases) {
      const ours = await time(async () => {
        const result = await workbench.call('search', { query: c.q.query });
        c.total = result.total;
        c.unranked = result.unranked !== undefined;
      });
      const oursCpu = lastCpu;
      const ids = await time(c.run.ids);
      const page = await time(c.run.page);
      if (round < 0) continue;
      c.ours.push(ours);
      c.oursCpu.push(oursCpu);
      c.ids.push(ids);
      c.page.push(page);
      c.pageCpu.push(lastCpu);
      if (round < 5) {
        c.facets.push(await time(() => workbench.call('search-facets', { query: c.q.query })));
        c.facetsCpu.push(lastCpu);
        c.bareFacets.push(await time(c.run.facets));
      }
    }
  const rows: string[][] = [
    [
      'query',
      'kind',
      'hits',
      'lectern p50',
      'p95',
      'bare page p50',
      'p95',
      '× page',
      'cpu: lectern',
      'bare page',
      '×',
      'bare ids p50',
      '× ids',
      'facets',
      'cpu',
      'bare facets',
    ],
  ];
  for (const c of cases)
    rows.push([
      c.q.query,
      c.unranked ? `${c.q.kind} (newest first)` : c.q.kind,
      c.total.toLocaleString('en'),
      fmt(median(c.ours)),
      fmt(p95(c.ours)),
      fmt(median(c.page)),
      fmt(p95(c.page)),
      `${(median(c.ours) / median(c.page)).toFixed(2)}×`,
      fmt(median(c.oursCpu)),
      fmt(median(c.pageCpu)),
      `${(median(c.oursCpu) / median(c.pageCpu)).toFixed(2)}×`,
      fmt(median(c.ids), 2),
      `${(median(c.ours) / median(c.ids)).toFixed(1)}×`,
      fmt(median(c.facets)),
      fmt(median(c.facetsCpu)),
      fmt(median(c.bareFacets)),
    ]);
  const all = cases.flatMap((c) => c.ours);
  // Which query the p95 sample came from, and the bare page's p95 over the same samples.
  const tagged = cases.flatMap((c) => c.ours.map((ms) => ({ ms, query: c.q.query })));
  const p95Query = tagged.sort((a, b) => a.ms - b.ms).find((t) => t.ms >= p95(all))?.query ?? '';
  const barePages = cases.flatMap((c) => c.page);
  const cpuOurs = cases.flatMap((c) => c.oursCpu);
  const cpuBare = cases.flatMap((c) => c.pageCpu);
  const summary: SearchSummary = {
    ratioPage: median(all) / median(cases.flatMap((c) => c.page)),
    ratioIds: median(all) / median(cases.flatMap((c) => c.ids)),
    ratioCpu: median(cases.flatMap((c) => c.oursCpu)) / median(cases.flatMap((c) => c.pageCpu)),
    p50: median(all),
    p95: p95(all),
    facets: median(cases.flatMap((c) => c.facets)),
    facetsCpu: median(cases.flatMap((c) => c.facetsCpu)),
  };
  console.log(
    `search: page of 50 with snippets and total (ms; ${runs} interleaved runs after a warm-up; load before ${load()})`,
  );
  console.log(
    '  bare page = bare FTS5 over the raw texts: ORDER BY rank LIMIT 50 with snippet() + count(*) — the same visible job;',
  );
  console.log(
    '  bare ids = the same MATCH, rowids only (the index alone); totals are exact (counted in the ranking pass)',
  );
  console.log(table(rows));
  console.log(
    `\n  all queries: lectern p50 ${fmt(summary.p50)} ms, p95 ${fmt(summary.p95)} ms (target < 50; the p95 run was "${p95Query}"; ` +
      `bare page p50 ${fmt(median(barePages))} ms, p95 ${fmt(p95(barePages))} ms; ` +
      `CPU p50 / p95: lectern ${fmt(median(cpuOurs))} / ${fmt(p95(cpuOurs))} ms, bare page ${fmt(median(cpuBare))} / ${fmt(p95(cpuBare))} ms); ` +
      `p50 ${summary.ratioPage.toFixed(2)}× bare page (target ≤ 1.5×; CPU time ${summary.ratioCpu.toFixed(2)}×), ${summary.ratioIds.toFixed(1)}× bare ids; ` +
      `facets median ${fmt(summary.facets)} ms, CPU ${fmt(summary.facetsCpu)} ms (target ≤ 50 added); load after ${load()}\n`,
  );
  return summary;
}

/**
 * The analysis views for a query with many hits and a tag, each beside the bare SQL of the same
 * aggregation over the bare FTS5 table (target: ≤ 300 ms for 10,000 hits).
 */
export async function analysisFigures(
  workbench: Workbench,
  { query, tag, bare = 'bare_fts', runs = 5 }: { query: string; tag: string; bare?: string; runs?: number },
): Promise<void> {
  const db = workbench.db;
  const hits = (await workbench.call('search', { query, limit: 1 })).total;
  const tagged =
    db
      .prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM passage_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name = ?',
      )
      .get(tag)?.n ?? 0;
  const sql = (text: string, ...params: string[]) => {
    const statement = db.prepare(text);
    return () => statement.all(...params);
  };
  const fts = `FROM ${bare} JOIN documents d ON d.id = ${bare}.rowid WHERE ${bare} MATCH ?`;
  const coded = `SELECT p.id, p.document_id, p.start, p."end", pt.tag_id FROM ${bare} JOIN documents d ON d.id = ${bare}.rowid
    JOIN passages p ON p.document_id = d.id JOIN passage_tags pt ON pt.passage_id = p.id WHERE ${bare} MATCH ?`;
  const cases: Array<[string, () => unknown, () => unknown]> = [
    [
      'frequency: query by month, split by source',
      () => workbench.call('analysis-frequency', { query, by: 'month', split: 'source' }),
      sql(`SELECT substr(d.published_at, 1, 7), d.source, count(*) ${fts} GROUP BY 1, 2`, query),
    ],
    [
      'frequency: query by week',
      () => workbench.call('analysis-frequency', { query, by: 'week' }),
      sql(`SELECT date(d.published_at, 'weekday 0', '-6 days'), count(*) ${fts} GROUP BY 1`, query),
    ],
    [
      `frequency: tag ${tag} by month (whole corpus)`,
      () => workbench.call('analysis-frequency', { tag, by: 'month' }),
      sql(
        `SELECT substr(d.published_at, 1, 7), count(*) FROM passage_tags pt JOIN passages p ON p.id = pt.passage_id
         JOIN documents d ON d.id = p.document_id WHERE pt.tag_id = (SELECT id FROM tags WHERE name = ?) GROUP BY 1`,
        tag,
      ),
    ],
    [
      `frequency: tag ${tag} by month, in the query`,
      () => workbench.call('analysis-frequency', { query, tag, by: 'month' }),
      sql(
        `WITH c AS (${coded}) SELECT substr(d.published_at, 1, 7), count(*) FROM c JOIN documents d ON d.id = c.document_id
         WHERE c.tag_id = (SELECT id FROM tags WHERE name = ?) GROUP BY 1`,
        query,
        tag,
      ),
    ],
    [
      'matrix: tags × source, in the query',
      () => workbench.call('analysis-matrix', { query, columns: 'source' }),
      sql(
        `WITH c AS (${coded}) SELECT c.tag_id, d.source, count(*) FROM c JOIN documents d ON d.id = c.document_id GROUP BY 1, 2`,
        query,
      ),
    ],
    [
      'matrix: tags × source, in the query, own tags only (no sub-tags)',
      () => workbench.call('analysis-matrix', { query, columns: 'source', subtags: false }),
      sql(
        `WITH c AS (${coded}) SELECT c.tag_id, d.source, count(*) FROM c JOIN documents d ON d.id = c.document_id GROUP BY 1, 2`,
        query,
      ),
    ],
    [
      'matrix: tags × source, whole corpus',
      () => workbench.call('analysis-matrix', { columns: 'source' }),
      sql(
        `SELECT pt.tag_id, d.source, count(*) FROM passage_tags pt JOIN passages p ON p.id = pt.passage_id
         JOIN documents d ON d.id = p.document_id GROUP BY 1, 2`,
      ),
    ],
    [
      'co-occurrence: same document',
      () => workbench.call('analysis-cooccurrence', { query, scope: 'document' }),
      sql(
        `WITH c AS (${coded}), dt AS (SELECT DISTINCT document_id, tag_id FROM c)
         SELECT x.tag_id, y.tag_id, count(*) FROM dt x JOIN dt y ON y.document_id = x.document_id AND x.tag_id < y.tag_id GROUP BY 1, 2`,
        query,
      ),
    ],
    [
      'co-occurrence: overlapping passages',
      () => workbench.call('analysis-cooccurrence', { query, scope: 'overlap' }),
      sql(
        `WITH c AS (${coded}) SELECT x.tag_id, y.tag_id, count(*) FROM c x JOIN c y
         ON y.document_id = x.document_id AND x.tag_id < y.tag_id AND x.start < y."end" AND y.start < x."end" GROUP BY 1, 2`,
        query,
      ),
    ],
    [
      'co-occurrence: same paragraph',
      () => workbench.call('analysis-cooccurrence', { query, scope: 'paragraph' }),
      sql(
        `WITH c AS (${coded}) SELECT c.*, d.paragraphs FROM c JOIN documents d ON d.id = c.document_id`,
        query,
      ),
    ],
    [
      'words: frequencies and keywords',
      () => workbench.call('analysis-words', { query }),
      sql(`SELECT d.body ${fts} ORDER BY ${bare}.rank LIMIT 500`, query),
    ],
  ];
  const rows: string[][] = [
    ['view', 'lectern p50', 'p95', 'bare SQL p50', 'ratio', 'cpu: lectern', 'bare SQL', 'ratio'],
  ];
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  for (const [label, ours, theirs] of cases) {
    const lectern: number[] = [];
    const bareTimes: number[] = [];
    const lecternCpu: number[] = [];
    const bareCpu: number[] = [];
    for (let round = -1; round < runs; round++) {
      let cpu = cpuMs();
      let start = now();
      await ours();
      const a = msSince(start);
      const aCpu = cpuMs() - cpu;
      cpu = cpuMs();
      start = now();
      theirs();
      const b = msSince(start);
      const bCpu = cpuMs() - cpu;
      if (round < 0) continue;
      lectern.push(a);
      bareTimes.push(b);
      lecternCpu.push(aCpu);
      bareCpu.push(bCpu);
    }
    rows.push([
      label,
      fmt(median(lectern)),
      fmt(p95(lectern)),
      fmt(median(bareTimes)),
      `${(median(lectern) / median(bareTimes)).toFixed(1)}×`,
      fmt(median(lecternCpu)),
      fmt(median(bareCpu)),
      `${(median(lecternCpu) / median(bareCpu)).toFixed(1)}×`,
    ]);
  }
  console.log(
    `analysis views for "${query}" (${hits.toLocaleString('en')} matching documents) and tag ${tag} (${tagged.toLocaleString('en')} codings); ` +
      `ms, ${runs} interleaved runs after a warm-up; target ≤ 300 ms; load before ${load()}`,
  );
  console.log(
    '  bare SQL = the same aggregation over the bare FTS5 table (words: reading the 500 best bodies, what the view counts)',
  );
  console.log(table(rows));
  console.log(`  load after: ${load()}\n`);
}
