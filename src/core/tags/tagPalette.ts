/**
 * Colours for new tags: distinct in hue, readable as underlines on both the light and the dark
 * theme. Assigned in turn so neighbouring codes differ.
 */
export const TAG_PALETTE = [
  '#e8590c',
  '#1c7ed6',
  '#2f9e44',
  '#ae3ec9',
  '#f08c00',
  '#0c8599',
  '#e03131',
  '#5c7cfa',
  '#66a80f',
  '#d6336c',
  '#7048e8',
  '#1098ad',
];

export function isColor(value: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(value);
}
