/**
 * How fast the `lectern` command starts (issue 9: under 300 ms for `lectern search word` at 10,000
 * documents). Wall and CPU time of `--help`, `search jury` and `list` on a 10,000-document project,
 * run as a user runs them (bin/lectern.cjs, the bundle), beside `node -e 0` and ripgrep over the
 * same articles as files — measured turn about in one run, so the machine's load weighs on all
 * alike, with the load printed. Also the search when the project must first be checked
 * (quick_check: no record of a clean close — what every command paid before), and from the
 * TypeScript sources (tsx) once.
 *
 * Run: npm run bench:cli-start [-- --docs 10000 --rounds 7 --compare OTHER/out/cli/lectern.cjs]
 * (--compare: the same commands with another build's bundle, e.g. one built from an older commit
 * with `git archive`, measured turn about with this one.)
 * The corpus and project are built reproducibly (bench/scale/corpus.ts) and cached in .cache/bench.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeRecordPath } from '../src/core/db/cleanClose';
import { corpusFolder, cachedProject as project, REPO_ROOT } from './scale/corpus';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const DOCS = option('docs', 10_000);
const ROUNDS = option('rounds', 7);
const WORD = 'jury';
const compareAt = argv.indexOf('--compare');
const COMPARE = compareAt >= 0 ? argv[compareAt + 1] : undefined;

const hasTime = spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;
const hasRg = spawnSync('rg', ['--version']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'lectern-cli-start-'));
const timeFile = join(work, 'time.txt');

/** One run: wall ms (measured here) and CPU ms (user + system, from /usr/bin/time). */
function runOnce(cmd: string[], before?: () => void): { wall: number; cpu: number } {
  before?.();
  const args = hasTime ? ['-o', timeFile, '-f', '%U %S', ...cmd] : cmd.slice(1);
  const start = performance.now();
  const result = spawnSync(hasTime ? '/usr/bin/time' : cmd[0]!, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wall = performance.now() - start;
  if (result.status !== 0 && cmd[0] !== 'rg') throw new Error(`${cmd.join(' ')} failed: ${result.stderr}`);
  const [user, sys] = hasTime ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number) : [NaN, NaN];
  return { wall, cpu: ((user ?? NaN) + (sys ?? NaN)) * 1000 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const path = join(work, 'project.lectern');
copyFileSync(project(DOCS), path);
const folder = hasRg ? corpusFolder(DOCS) : null;
const lectern = [process.execPath, join(REPO_ROOT, 'bin/lectern.cjs')];
const forgetClose = () => rmSync(closeRecordPath(path), { force: true });

// Build the bundle if needed and let the first open check and record the copied project.
runOnce([...lectern, 'list', '--db', path]);

const cases: Array<{ label: string; cmd: string[]; before?: () => void; note?: string }> = [
  { label: 'node -e 0', cmd: [process.execPath, '-e', '0'], note: 'baseline: Node itself' },
  ...(folder
    ? [
        {
          label: `rg -l -i -w ${WORD} (files)`,
          cmd: ['rg', '-l', '-i', '-w', WORD, folder],
          note: 'what a user falls back to',
        },
      ]
    : []),
  { label: 'lectern --help', cmd: [...lectern, '--help'] },
  {
    label: `lectern search ${WORD}`,
    cmd: [...lectern, 'search', WORD, '--db', path],
    note: 'target < 300 ms',
  },
  { label: 'lectern list (first 50)', cmd: [...lectern, 'list', '--db', path] },
  {
    label: `lectern search ${WORD}, file checked`,
    cmd: [...lectern, 'search', WORD, '--db', path],
    before: forgetClose,
    note: 'quick_check on open (every command before)',
  },
  ...(COMPARE
    ? [
        { label: 'compared build: --help', cmd: [process.execPath, COMPARE, '--help'] },
        {
          label: `compared build: search ${WORD}`,
          cmd: [process.execPath, COMPARE, 'search', WORD, '--db', path],
        },
        { label: 'compared build: list', cmd: [process.execPath, COMPARE, 'list', '--db', path] },
      ]
    : []),
];

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `CLI start at ${DOCS.toLocaleString('en')} documents — ${ROUNDS} rounds, medians; ${cpus().length} cores, load ${load()} (1/5/15 min) at start`,
);
const results = cases.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
for (let round = 0; round < ROUNDS; round++)
  cases.forEach((c, i) => {
    const { wall, cpu } = runOnce(c.cmd, c.before);
    results[i]!.wall.push(wall);
    results[i]!.cpu.push(cpu);
  });

const node = median(results[0]!.wall);
const rows = cases.map((c, i) => [
  c.label,
  `${median(results[i]!.wall).toFixed(0)} ms`,
  hasTime ? `${median(results[i]!.cpu).toFixed(0)} ms` : '–',
  `${(median(results[i]!.wall) / node).toFixed(1)}×`,
  c.note ?? '',
]);
const header = ['command', 'wall', 'CPU', 'vs node', ''];
const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]!.length)));
for (const row of [header, ...rows])
  console.log(row.map((cell, col) => cell.padEnd(widths[col]!)).join('  '));

const tsxStart = performance.now();
spawnSync(
  process.execPath,
  ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), 'search', WORD, '--db', path],
  {
    cwd: REPO_ROOT,
    stdio: 'ignore',
  },
);
console.log(
  `lectern search ${WORD} from the sources (tsx), once: ${(performance.now() - tsxStart).toFixed(0)} ms wall`,
);
console.log(`load at the end: ${load()}${hasTime ? '' : ' (no /usr/bin/time: CPU not measured)'}`);
rmSync(work, { recursive: true, force: true });
