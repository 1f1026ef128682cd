import { isoDate } from './isoDate';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthDay, monthNumber } from './months';

type Parts = [year: number, month: number, day: number];

// Global regexes (matchAll needs the flag; matchAll copies them, so their lastIndex stays 0).
const FULL: Array<{ regex: RegExp; parts: (m: RegExpMatchArray) => Parts }> = [
  // 2022-06-27 (also inside 2022-06-27T10:00:00Z)
  {
    regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu,
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  // 27 June 2022, 27. Juni 2022, 27 de junio de 2022, 27 июня 2022 г.
  {
    regex: new RegExp(
      String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?${MONTH_PATTERN}\s+(?:de\s+)?(\d{4})\b`,
      'gu',
    ),
    parts: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])],
  },
  // June 27, 2022; Mar. 3, 2022 — any word before the day, checked against the month names in
  // code: an alternation of every month name tried at every position of a text is slow.
  {
    regex: /(?<![\p{L}\d])(\p{L}{3,11})\.?\s+(\d{1,2}),?\s+(\d{4})\b/gu,
    parts: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])],
  },
  // 27.06.2022
  { regex: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/gu, parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
];

/**
 * Finds a full publication date (day, month and year) in a short stretch of text such as the
 * lines around the title. Dates without a year ("On 21 August") are not guessed here.
 */
export function findDate(text: string): string | null {
  for (const { regex, parts } of FULL) {
    for (const match of text.matchAll(regex)) {
      const date = isoDate(...parts(match));
      if (date) return date;
    }
  }
  return null;
}

// Tuesday, 21 August | am Dienstag, 21. August | Tuesday, August 21 | mardi 21 août
const WEEKDAY_DATE = new RegExp(
  String.raw`(?<![\p{L}])${WEEKDAY_PATTERN},?\s+(?:(?:den|le|el|the)\s+)?(?:(\d{1,2})\.?\s+(?:de\s+)?${MONTH_PATTERN}|${MONTH_PATTERN}\s+(\d{1,2})(?!\d))`,
  'iu',
);

/**
 * A month-day named with its weekday ("am Dienstag, 21. August", "on Tuesday, August 21") as a
 * partial date (`--08-21`), or null. The weekday marks it as the day of the news rather than an
 * event recalled in passing ("Am 26. August führte …" is not taken).
 */
export function findWeekdayDate(text: string): string | null {
  const match = WEEKDAY_DATE.exec(text);
  if (!match) return null;
  const [, d1, m1, m2, d2] = match;
  return monthDay(monthNumber(m1 ?? m2 ?? ''), Number(d1 ?? d2));
}

const TIME = String.raw`(?:\s*(?:,|um|at|à|a las|\|)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:Uhr|[AaPp]\.?[Mm]\.?|MEZ|MESZ|CET|CEST|GMT|UTC|ET|EST|EDT|BST|MSK)){0,2})?`;
const DATE_ONLY = new RegExp(
  String.raw`^(?:(?:published|updated|posted|veröffentlicht|aktualisiert|stand|publié le|publicado|опубликовано|date|datum)\s*:?\s*)?(?:${WEEKDAY_PATTERN},?\s+)?(?:(\d{1,2})\.?\s+(?:de\s+)?${MONTH_PATTERN}(?:\s+(?:de\s+)?(\d{4}))?|${MONTH_PATTERN}\s+(\d{1,2})(?:,?\s+(\d{4}))?|(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|(\d{1,2})\.(\d{1,2})\.(\d{2,4}))(?:\s*г\.)?${TIME}\.?$`,
  'iu',
);

// 12/12/2023 à 10h15, 18/01/2024: day and month in the order the page's country writes them.
const SLASHED = new RegExp(
  String.raw`^(?:(?:le|am|el|il|on)\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})${TIME}\.?$`,
  'iu',
);

/**
 * 18/01/2024 is day-first and 01/18/2024 month-first; 05/03/2024 could be either, so it is no
 * date rather than a wrong one (Europe and the United States disagree).
 */
function slashedDate(first: number, second: number, year: number): string | null {
  if (first > 12 || first === second) return isoDate(year, second, first);
  if (second > 12) return isoDate(year, first, second);
  return null;
}

/**
 * A paragraph that is nothing but a date (and perhaps a time): "March 3, 2022 10:42 AM ET",
 * "Dienstag, 21. August 2018, 10:15 Uhr", "03.03.2022". Returns the date, partial when the line
 * names no year; null when the paragraph is anything else.
 */
export function dateLine(paragraph: string): string | null {
  if (paragraph.length > 80) return null;
  const slashed = SLASHED.exec(paragraph.trim());
  if (slashed) return slashedDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const m = DATE_ONLY.exec(paragraph.trim());
  if (!m) return null;
  const [, d1, m1, y1, m2, d2, y2, isoY, isoM, isoD, dotD, dotM, dotY] = m;
  if (isoY) return isoDate(Number(isoY), Number(isoM), Number(isoD));
  if (dotY) return isoDate(Number(dotY), Number(dotM), Number(dotD));
  const month = monthNumber(m1 ?? m2 ?? '');
  const day = Number(d1 ?? d2);
  const year = Number(y1 ?? y2 ?? 0);
  return year ? isoDate(year, month, day) : monthDay(month, day);
}

/**
 * Completes a partial date (`--03-03`) with a year when a full date of the same month and day
 * stands in `context` (a file name such as `2022-03-03_reuters.txt`, a time stamp line) — the only
 * case in which the year is certain. Returns null otherwise.
 */
export function completeYear(partial: string, context: string[]): string | null {
  const monthDayPart = partial.slice(1); // -03-03
  for (const text of context) {
    for (const candidate of allFullDates(text)) if (candidate.endsWith(monthDayPart)) return candidate;
  }
  return null;
}

function allFullDates(text: string): string[] {
  const found: string[] = [];
  // 20220303 in file names
  for (const m of text.matchAll(/(?<!\d)(20\d{2}|19\d{2})(\d{2})(\d{2})(?!\d)/g)) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) found.push(date);
  }
  for (const { regex, parts } of FULL) {
    for (const m of text.matchAll(regex)) {
      const date = isoDate(...parts(m));
      if (date) found.push(date);
    }
  }
  return found;
}
