/**
 * Times SQL through apt's `sqlite3` shell (`.timer on`), a baseline that owes nothing to Node or
 * better-sqlite3. The shell prints "Run Time: real 0.012 …" after each statement; rows go to
 * /dev/null so printing them is not timed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/sqlite3', '/usr/local/bin/sqlite3'];

export function sqliteCli(): { path: string; version: string } | null {
  const path = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path) return null;
  try {
    return { path, version: execFileSync(path, ['-version'], { encoding: 'utf8' }).split(' ')[0]!.trim() };
  } catch {
    return null;
  }
}

/**
 * Runs each statement of `statements` (one figure: e.g. a page query and its count) `runs` times
 * in one shell process after one warm-up round; returns the ms of each round (sum of statements).
 */
export function timeWithCli(cli: string, dbPath: string, statements: string[], runs: number): number[] {
  const script = ['.output /dev/null', '.timer on'];
  for (let round = 0; round <= runs; round++)
    script.push(...statements.map((sql) => sql.replace(/\s+/g, ' ').trim() + ';'));
  const output = execFileSync(cli, ['-readonly', dbPath], {
    input: script.join('\n') + '\n',
    encoding: 'utf8',
  });
  const times = [...output.matchAll(/Run Time: real ([\d.]+)/g)].map((match) => Number(match[1]) * 1000);
  if (times.length !== statements.length * (runs + 1))
    throw new Error(`sqlite3 printed ${times.length} timings: ${output.slice(0, 300)}`);
  const rounds: number[] = [];
  for (let round = 1; round <= runs; round++) {
    rounds.push(
      times.slice(round * statements.length, (round + 1) * statements.length).reduce((a, b) => a + b, 0),
    );
  }
  return rounds;
}
