import type { Passage } from '../../../shared/model';
import type { TagLook } from '../coding/CodingProvider';

/** Shown for a passage without tags (a bare quotation, a highlight whose tags were removed). */
export const UNTAGGED = 'var(--untagged)';

/** The colours of a passage's tags in tag order; a passage without tags gets the neutral one. */
export function passageColors(passage: Passage, looks: ReadonlyMap<number, TagLook>): string[] {
  const colors: string[] = [];
  for (const id of passage.tag_ids) {
    const look = looks.get(id);
    if (look) colors.push(look.color);
  }
  return colors.length > 0 ? colors : [UNTAGGED];
}

/** Names of a passage's tags, for labels and tooltips. */
export function passageTagNames(passage: Passage, looks: ReadonlyMap<number, TagLook>): string[] {
  return passage.tag_ids.map((id) => looks.get(id)?.name).filter((name): name is string => !!name);
}

/** A margin bar for several tags: the bar split lengthwise into one band per tag. */
export function barBackground(colors: readonly string[]): string {
  if (colors.length === 1) return colors[0]!;
  const step = 100 / colors.length;
  const stops = colors.map(
    (color, i) => `${color} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`,
  );
  return `linear-gradient(to bottom, ${stops.join(', ')})`;
}
