import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
/** The renderer build to measure (LECTERN_RENDERER_DIR measures another copy). */
export const RENDERER = resolve(process.env.LECTERN_RENDERER_DIR ?? join(ROOT, 'out', 'renderer'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const loads = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * What every browser benchmark checks and prints first: the built renderer and Chromium exist
 * (else exit 1 with what to do), the machine and its load (other processes skew the figures),
 * and a warning when the build is older than the sources it should measure.
 */
export function uiPreflight(title: string): void {
  if (!existsSync(join(RENDERER, 'index.html'))) {
    console.error(`The built renderer is missing at ${RENDERER}: run \`npm run build:renderer\` first.`);
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM} (apt install chromium, or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  const cpu = cpus();
  console.log(title);
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ${CHROMIUM}`,
  );
  console.log(`load average before: ${loads()} (other processes on these cores skew the figures)`);
  const built = statSync(join(RENDERER, 'index.html')).mtimeMs;
  if (
    newestMtime(join(ROOT, 'src', 'renderer')) > built ||
    newestMtime(join(ROOT, 'src', 'shared')) > built
  ) {
    console.log(
      `note: ${RENDERER} is older than src/renderer or src/shared: run \`npm run build:renderer\` to measure the current UI`,
    );
  }
}
