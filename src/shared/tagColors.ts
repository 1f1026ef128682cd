/**
 * Colours for new tags. A qualitative palette (Tableau 10's hues, without its grey, which reads
 * as "untagged", plus two deeper tones): mid-lightness, so each reads as a bar and an underline on
 * the light and the dark paper alike. A new tag gets the colour furthest (in OKLab, where distance
 * follows what the eye sees) from the colours it must be told apart from: its siblings and the
 * tags it overlaps in the open document; ties go to the colour least used in the codebook.
 */
export const TAG_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#3b4cc0',
  '#6a3d9a',
  '#c2185b',
] as const;

/**
 * The palette colour that differs most from every colour in `avoid` (the nearest one is as far as
 * it can be), then the least used in `used`, then the first in palette order. `#rrggbb` strings.
 */
export function pickTagColor(avoid: readonly string[], used: readonly string[] = []): string {
  const avoided = avoid.map(toOklab).filter((lab): lab is Lab => lab !== null);
  const uses = new Map<string, number>();
  for (const color of used) uses.set(color.toLowerCase(), (uses.get(color.toLowerCase()) ?? 0) + 1);
  let best: string = TAG_PALETTE[0];
  let bestDistance = -1;
  let bestUses = Infinity;
  for (const color of TAG_PALETTE) {
    const lab = toOklab(color)!;
    // Differences beyond what separates two palette colours clearly do not matter: cap them, so
    // that among well-separated colours the least used wins.
    const distance = Math.min(CLEARLY_DIFFERENT, ...avoided.map((other) => distanceOf(lab, other)));
    const count = uses.get(color) ?? 0;
    if (distance > bestDistance + 1e-9 || (Math.abs(distance - bestDistance) <= 1e-9 && count < bestUses)) {
      best = color;
      bestDistance = distance;
      bestUses = count;
    }
  }
  return best;
}

/** OKLab distance above which two tag colours are told apart at a glance. */
export const CLEARLY_DIFFERENT = 0.12;

type Lab = [number, number, number];

/** Perceptual distance of two colours (OKLab, Euclidean). */
export function colorDistance(a: string, b: string): number {
  const x = toOklab(a);
  const y = toOklab(b);
  return x && y ? distanceOf(x, y) : Infinity;
}

function distanceOf(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** #rrggbb → OKLab (Björn Ottosson's matrices); null for anything else. */
function toOklab(hex: string): Lab | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Lab;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}
