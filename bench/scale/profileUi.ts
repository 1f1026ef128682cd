/**
 * Where the time of "type a search → results painted" and "open a document" goes: runs the bench's
 * page scripts against a cached scale project with a CPU profile (CDP) and the engine's answer
 * times, and prints the hottest functions of the renderer. A diagnostic beside bench:scale.
 *
 * Usage: tsx bench/scale/profileUi.ts [--docs 10000] [--what search|open]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { Workbench } from '../../src/core/workbench';
import { startServer } from '../../src/server/startServer';
import { CHROMIUM } from '../coding/uiPreflight';
import { CACHE_DIR, REPO_ROOT } from './corpus';
import { FIRST_ROW, OPEN_ROW, SCALE_QUERIES, SEARCH_CYCLE } from './pageScripts';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const docs = Number(option('docs') ?? 10_000);
const what = option('what') ?? 'search';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main(): Promise<void> {
  const copy = join(mkdtempSync(join(tmpdir(), 'lectern-profile-')), 'project.lectern');
  execFileSync('cp', [join(CACHE_DIR, `project-${docs}.lectern`), copy]);
  const workbench = new Workbench(copy);
  // The engine's own time per command, to tell it from the renderer's.
  const engine: Array<[string, number]> = [];
  const call = workbench.call.bind(workbench);
  workbench.call = (async (command: never, args: never) => {
    const t0 = performance.now();
    try {
      return await call(command, args);
    } finally {
      engine.push([command, performance.now() - t0]);
    }
  }) as typeof workbench.call;
  const server = await startServer({ workbench, staticDir: join(REPO_ROOT, 'out/renderer'), token: 'bench' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.evaluate(`(${FIRST_ROW})({ timeoutMs: 60000 })`);
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    engine.length = 0;
    await cdp.send('Profiler.start');
    const times: unknown[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      times.push(
        what === 'open'
          ? await page.evaluate(`(${OPEN_ROW})(${JSON.stringify({ timeoutMs: 60000, index: i % 8 })})`)
          : await page.evaluate(
              `(${SEARCH_CYCLE})(${JSON.stringify({ timeoutMs: 60000, query: SCALE_QUERIES[i] })})`,
            ),
      );
      void t;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    writeFileSync(`/tmp/lectern-${what}.cpuprofile`, JSON.stringify(profile));
    console.log(
      `load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, Chromium ${browser.version()}`,
    );
    console.log(what, JSON.stringify(times));
    const byCommand = new Map<string, number[]>();
    for (const [command, ms] of engine) byCommand.set(command, [...(byCommand.get(command) ?? []), ms]);
    for (const [command, list] of byCommand)
      console.log(`  engine ${command}: n=${list.length} ${list.map((m) => m.toFixed(0)).join(' ')} ms`);
    // Self time per function.
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byName = new Map<string, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const name = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}`;
      byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0) / 1000);
    }
    for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  } finally {
    await browser.close();
    await server.close();
    workbench.close();
    rmSync(join(copy, '..'), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
