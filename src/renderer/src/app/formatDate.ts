// prettier-ignore
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * A partial ISO date for people: `2022-06-27` → "27 June 2022", `2022-06` → "June 2022",
 * `2022` → "2022", `--06-27` → "27 June, year unknown". Fixed English month names, so the text does not depend on the machine's locale.
 * Anything unparseable is shown as given rather than guessed at.
 */
export function formatDate(iso: string | null, style: 'long' | 'short' = 'long'): string | null {
  if (!iso) return null;
  // --08-21: a day and month without a year ("21 August, year unknown").
  const monthDay = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (monthDay) {
    const name = MONTHS[Number(monthDay[1]) - 1];
    if (!name) return iso;
    return style === 'short'
      ? `${Number(monthDay[2])} ${name.slice(0, 3)} ?`
      : `${Number(monthDay[2])} ${name}, year unknown`;
  }
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year ?? iso;
  const monthText = style === 'short' ? name.slice(0, 3) : name;
  return day ? `${Number(day)} ${monthText} ${year}` : `${monthText} ${year}`;
}

/** A timestamp (imported_at) as "27 June 2022, 14:05" in local time. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${hh}:${mm}`;
}
