import { isoDate } from './isoDate';

export interface Dateline {
  place: string;
  published_at: string;
  source: string;
}

// News-agency datelines: `Baku/27.06.22/Turan:` — place / day.month.year / agency, then a colon.
const DATELINE =
  /^(\p{Lu}[\p{L} .'-]{0,40}?)\s*\/\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*\/\s*([^:/\n]{2,40}?)\s*:\s/u;

/** How many characters a dateline (and the space after it) takes at the start of `text`; 0 for none. */
export function datelineLength(text: string): number {
  return parseDateline(text) ? (DATELINE.exec(text)?.[0].length ?? 0) : 0;
}

/** Reads an agency dateline at the start of a paragraph; null when there is none or the date is impossible. */
export function parseDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const [, place, day, month, year, source] = match;
  const published_at = isoDate(Number(year), Number(month), Number(day));
  if (!published_at || !place || !source) return null;
  return { place: place.trim(), published_at, source: source.trim() };
}
