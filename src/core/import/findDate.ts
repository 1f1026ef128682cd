import { isoDate } from './isoDate';

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  ['january', 'jan', 'januar', 'jänner'],
  ['february', 'feb', 'februar'],
  ['march', 'mar', 'märz', 'maerz'],
  ['april', 'apr'],
  ['may', 'mai'],
  ['june', 'jun', 'juni'],
  ['july', 'jul', 'juli'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct', 'oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec', 'dezember', 'dez'],
];
MONTH_NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));
const MONTH =
  '(' +
  Object.keys(MONTHS)
    .sort((a, b) => b.length - a.length)
    .join('|') +
  ')\\.?';

const PATTERNS: Array<{ regex: RegExp; parts: (m: RegExpMatchArray) => [number, number, number] }> = [
  // 2022-06-27
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 27 June 2022, 27. Juni 2022
  {
    regex: new RegExp(`\\b(\\d{1,2})\\.?\\s+${MONTH}\\s+(\\d{4})\\b`, 'iu'),
    parts: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1])],
  },
  // June 27, 2022
  {
    regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'iu'),
    parts: (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2])],
  },
  // 27.06.2022
  { regex: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
];

/**
 * Finds a full publication date (day, month and year) in a short stretch of text such as the
 * lines around the title. Dates without a year ("On 21 August") are not guessed.
 */
export function findDate(text: string): string | null {
  for (const { regex, parts } of PATTERNS) {
    const match = regex.exec(text);
    if (!match) continue;
    const [year, month, day] = parts(match);
    const date = isoDate(year, month, day);
    if (date) return date;
  }
  return null;
}
