/** Timing and table helpers shared by the coding benchmarks. */

export const now = () => process.hrtime.bigint();
/** Milliseconds since `start` (from `now()`). */
export const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

/** Nearest-rank p95; with few runs it is the slowest run, which is what it should report. */
export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}

/** Runs `fn` once to warm caches and prepared statements, then `runs` times; returns each time. */
export async function sample(runs: number, fn: () => unknown): Promise<number[]> {
  await fn();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = now();
    await fn();
    times.push(msSince(start));
  }
  return times;
}

export const fmt = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

/** A plain text table: the first row is the header, columns after the first are right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [line(rows[0]!), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.slice(1).map(line)]
    .map((text) => `  ${text}`)
    .join('\n');
}
