import type { AgreementFigures } from '../../shared/model';

/**
 * Two coders' yes/no decisions over the same units, as a 2 × 2 table, with percent agreement and
 * Cohen's kappa (Cohen 1960): κ = (pₒ − pₑ) / (1 − pₑ), pₑ from each coder's own marginals.
 * κ is null when pₑ = 1 (both coders said the same thing about every unit: κ is undefined).
 */
export function figures(both: number, onlyA: number, onlyB: number, neither: number): AgreementFigures {
  const n = both + onlyA + onlyB + neither;
  if (n === 0) return { n, both, only_a: onlyA, only_b: onlyB, neither, percent: null, kappa: null };
  const po = (both + neither) / n;
  const aYes = (both + onlyA) / n;
  const bYes = (both + onlyB) / n;
  const pe = aYes * bYes + (1 - aYes) * (1 - bYes);
  return {
    n,
    both,
    only_a: onlyA,
    only_b: onlyB,
    neither,
    percent: round(po * 100),
    kappa: pe === 1 ? null : round((po - pe) / (1 - pe)),
  };
}

/**
 * Krippendorff's alpha for two coders, nominal binary values, no missing data (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"): with N units there are n = 2N pairable values;
 * D disagreeing units put D in each off-diagonal cell of the coincidence matrix, so
 * α = 1 − (n − 1) · D / (n₀ · n₁), n₀ and n₁ the totals of "no" and "yes" values.
 * Null when every value is the same (α undefined).
 */
export function binaryAlpha(both: number, onlyA: number, onlyB: number, neither: number): number | null {
  const units = both + onlyA + onlyB + neither;
  const n = 2 * units;
  const disagreements = onlyA + onlyB;
  const yes = 2 * both + disagreements;
  const no = 2 * neither + disagreements;
  if (units === 0 || yes === 0 || no === 0) return null;
  return round(1 - ((n - 1) * disagreements) / (no * yes));
}

/** Four decimals: figures a methods section reports with two or three. */
function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** Sorted, merged [start, end) ranges. */
export function union(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Total length of merged ranges. */
export function lengthOf(ranges: Array<[number, number]>): number {
  return ranges.reduce((sum, [s, e]) => sum + e - s, 0);
}

/** Total length where two merged range lists overlap. */
export function overlapLength(a: Array<[number, number]>, b: Array<[number, number]>): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]![0], b[j]![0]);
    const end = Math.min(a[i]![1], b[j]![1]);
    if (end > start) total += end - start;
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return total;
}

/** True when [start, end) lies inside one of the merged ranges. */
export function covered(ranges: Array<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([s, e]) => s <= start && end <= e);
}
