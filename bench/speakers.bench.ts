/**
 * The speakers list (speakers-page: grouped, filtered, sorted and paged in SQLite) over generated
 * articles with ten quotations each by 500 people, beside the floor measured in the same run: raw
 * SQLite counting quotations per spelling (one GROUP BY over the same index, no grouping of
 * spellings into people, no names, no paging). Prints machine load with every figure.
 * Usage: npx tsx bench/speakers.bench.ts [articles=2000]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbench } from '../src/core/workbench';

const ARTICLES = Number(process.argv[2] ?? 2000);
const FIRST = ['Mara', 'Jonas', 'Ilse', 'Tomas', 'Vera', 'Anton', 'Lena', 'Pavel', 'Olga', 'Ivan'];
const MORE = ['Nora', 'Emil', 'Sofia', 'Karl', 'Rosa', 'Felix', 'Anna', 'Boris', 'Clara', 'Dmitri'];
const LAST = ['Lind', 'Berg', 'Novak', 'Haas', 'Kuznets', 'Abbas', 'Costa', 'Dahl', 'Egger', 'Fischer'];
const LAST2 = ['Gallo', 'Hoxha', 'Ivanov', 'Jansen', 'Kovac', 'Lund', 'Moreau', 'Nagy', 'Olsen', 'Petrov'];
const LAST3 = ['Quinn', 'Rossi', 'Sousa', 'Zeller', 'Weber'];
const PEOPLE = [...FIRST, ...MORE].flatMap((f) => [...LAST, ...LAST2, ...LAST3].map((l) => `${f} ${l}`));

async function time(label: string, run: () => unknown): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(46)} median ${ms[10]!.toFixed(1).padStart(6)} ms  p90 ${ms[18]!.toFixed(1).padStart(6)} ms  load ${loadavg()[0]!.toFixed(2)}`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-speakers-'));
  try {
    mkdirSync(join(dir, 'corpus'));
    for (let d = 0; d < ARTICLES; d++) {
      const paragraphs = [`Harbour story ${d}`];
      for (let q = 0; q < 10; q++) {
        // A skewed, deterministic choice: a few people are quoted far more than most.
        const x = ((d * 7919 + q * 104_729) % 10_007) / 10_007;
        const name = PEOPLE[Math.floor(x * x * PEOPLE.length)]!;
        paragraphs.push(
          `The board met again on day ${d} about the harbour. “We will rebuild pier number ${q} before winter,” said ${name}.`,
        );
      }
      writeFileSync(join(dir, 'corpus', `story-${d}.txt`), paragraphs.join('\n\n') + '\n');
    }
    const workbench = new Workbench(join(dir, 'project.lectern'));
    await workbench.call('import-paths', { paths: [join(dir, 'corpus')] });
    const first = await workbench.call('speakers-page', { limit: 100 });
    const { n } = workbench.db.prepare('SELECT count(*) AS n FROM quote_suggestions').get() as { n: number };
    console.log(
      `${ARTICLES} articles, ${n} quotations, ${first.total} people; load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    const floor = workbench.db.prepare(
      `SELECT speaker, count(*) FROM quote_suggestions WHERE status = 'open' AND speaker IS NOT NULL GROUP BY speaker`,
    );
    await time('floor: raw GROUP BY speaker', () => floor.all());
    await time('speakers-page: first 100 with the count', () =>
      workbench.call('speakers-page', { limit: 100 }),
    );
    await time('speakers-page: next 100 by key', () =>
      workbench.call('speakers-page', { limit: 100, after: first.next!, count: false }),
    );
    await time('speakers-page: filtered ("lind")', () => workbench.call('speakers-page', { query: 'lind' }));
    await time('speakers-page: one person by a spelling', () =>
      workbench.call('speakers-page', { speaker: 'Mara Lind', limit: 1 }),
    );
    await time('floor again', () => floor.all());
    workbench.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
