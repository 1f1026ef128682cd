import { spawn } from 'node:child_process';
import { REPO_ROOT } from '../helpers/tempProject';

export interface ChildResult {
  stdout: string;
  stderr: string;
  /** True when the child did not finish in time and was killed: a hang. */
  timedOut: boolean;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/**
 * Runs a TypeScript snippet in a child Node process (so a hang or a crash cannot take the test
 * runner with it) and kills it after `timeoutMs`. `onLine` sees stdout line by line and may kill
 * the child (kill -9 tests).
 */
export function runChild(
  code: string,
  {
    timeoutMs = 30_000,
    onLine,
    shell,
    env,
  }: {
    timeoutMs?: number;
    onLine?: (line: string, kill: () => void) => void;
    /** Shell commands run before node (e.g. `ulimit -f 200;` to simulate a full disk). */
    shell?: string;
    env?: Record<string, string>;
  } = {},
): Promise<ChildResult> {
  // CommonJS with an async body: the repository's TypeScript loads through tsx's require hook.
  const wrapped = `(async () => {\n${code}\n})().catch((error) => { console.error(error); process.exit(1); });`;
  const args = ['--import', 'tsx', '-e', wrapped];
  const child = shell
    ? spawn('/bin/sh', ['-c', `${shell} exec "$0" "$@"`, process.execPath, ...args], {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(process.execPath, args, {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  let stdout = '';
  let stderr = '';
  let pending = '';
  let timedOut = false;
  const kill = () => child.kill('SIGKILL');
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
  }, timeoutMs);
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    pending += chunk.toString();
    let newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      onLine?.(line, kill);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('exit', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, timedOut, signal, code: exitCode });
    });
  });
}

/** `require(…)` of a file of the repository, for snippets run by runChild. */
export function requireRepo(path: string): string {
  return `require(${JSON.stringify(`${REPO_ROOT}/${path}`)})`;
}
