import { isoDate } from './isoDate';
import { MONTH_PATTERN, monthDay, monthNumber } from './months';

/**
 * An agency dateline read from the start of a paragraph. `published_at` is ISO and may be partial
 * (`--03-03` when the dateline names no year, as Reuters, AP and dpa datelines do); null when the
 * dateline names no day at all (`Wien (dpa) -`).
 */
export interface Dateline {
  place: string | null;
  published_at: string | null;
  source: string;
  /** The dateline as written, for the Details pane and tests. */
  text: string;
}

// A place as datelines write it: VIENNA, Frankfurt/Main, NEW YORK, Rio de Janeiro, МОСКВА.
// Later words are capitalised or a particle (am, de, upon), so "The minister (who) -" is no place.
const PLACE = String.raw`(\p{Lu}[\p{L}\p{M}'’.\-]*(?:(?:\s+|\/)(?:\p{Lu}[\p{L}\p{M}'’.\-]*|am|an|im|de|da|do|del|la|le|sur|upon|on|ob|bei)){0,3}?)`;
// AP adds a state or country: `KYIV, Ukraine (AP) —`, `SPRINGFIELD, Ill. (AP) —`.
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*)?)`;
// March 3 | March 3, 2022 | 3 March 2022 | 3. März | 3 mar | 3 марта
const DAY_MONTH = String.raw`(\d{1,2})\.?\s+(?:de\s+)?${MONTH_PATTERN}(?:\s+(?:de\s+)?(\d{4}))?`;
const MONTH_DAY = String.raw`${MONTH_PATTERN}\s+(\d{1,2})(?:,?\s+(\d{4}))?`;
const DASH = String.raw`(?:[-–—]{1,2}|:)`;

// Baku/27.06.22/Turan:  — place / day.month.year / agency, then a colon.
const TURAN =
  /^(\p{Lu}[\p{L} .'-]{0,40}?)\s*\/\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*\/\s*([^:/\n]{2,40}?)\s*:\s/u;
// VIENNA, March 3 (Reuters) -   PARIS (AFP) -   Wien (dpa) -   MOSCOW. March 3 (Interfax) -
// BEIJING, March 3 (Xinhua) --   Madrid, 3 mar (EFE).-   KYIV, Ukraine (AP) —
const PARENTHESISED = new RegExp(
  String.raw`^${PLACE}${REGION}?(?:[,.]\s*(?:${MONTH_DAY}|${DAY_MONTH}))?\.?\s*\(([^()\n]{1,40})\)\s*\.?\s*${DASH}\s*`,
  'u',
);
// MOSCOW, March 3. /TASS/.   МОСКВА, 3 марта. /ТАСС/.
const TASS = new RegExp(
  String.raw`^${PLACE},\s*(?:${MONTH_DAY}|${DAY_MONTH})\.?\s*\/(TASS|ТАСС)\/\.?\s*(?:${DASH}\s*)?`,
  'u',
);
// МОСКВА, 3 мар — РИА Новости.   Москва. 3 марта. INTERFAX.RU -
const NAMED_AFTER_DATE = new RegExp(
  String.raw`^${PLACE}[,.]\s*(?:${MONTH_DAY}|${DAY_MONTH})\.?\s*(?:${DASH}\s*)?(РИА Новости|RIA Novosti|INTERFAX\.RU|Интерфакс|Interfax|Ukrinform|Укрінформ|УНІАН|UNIAN)\.?\s*(?:${DASH}\s*)?`,
  'u',
);

/** Agencies written in lower case or as short codes, which the shape test alone would miss. */
const KNOWN_AGENCIES =
  /^(?:reuters|ap|afp|dpa|apa|sda|kna|epd|sid|aa|anadolu|xinhua|efe|ansa|tass|ria novosti|interfax(?:-ukraine)?|ukrinform|unian|pap|ctk|čtk|mti|ats|belga|anp|upi|pti|ians|kyodo|yonhap|europa press|bernama|irna|apa-ots|turan|trend|apa-ots|ots|dpa-afx|awp|reuters\/afp|bta|hina|tanjug|ukrinform|report\.az)$/i;

// A newspaper's own dateline without an agency: "München - Der Landtag …", "BERLIN – Die …".
const PLACE_ONLY =
  /^(\p{Lu}[\p{L}\p{M}'’.-]{2,24}(?:[ /]\p{Lu}[\p{L}\p{M}'’.-]{1,24})?)\s+[-–—]\s+(?=\p{Lu})/u;

/**
 * A newspaper's own dateline (place and dash, no agency) at the start of a paragraph: the place,
 * and the text of the dateline; null when there is none.
 */
export function parsePlaceDateline(paragraph: string): { place: string; text: string } | null {
  const match = PLACE_ONLY.exec(paragraph.slice(0, 60));
  if (!match) return null;
  return { place: tidyPlace(match[1]!), text: match[0].trim() };
}

/** How many characters a dateline (and the space after it) takes at the start of `text`; 0 for none. */
export function datelineLength(text: string): number {
  const dateline = parseDateline(text);
  if (!dateline || !text.startsWith(dateline.text)) return 0;
  return dateline.text.length + (/^\s*/.exec(text.slice(dateline.text.length))?.[0].length ?? 0);
}

/** Reads an agency dateline at the start of a paragraph; null when there is none or the date is impossible. */
export function parseDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 200);
  const turan = TURAN.exec(head);
  if (turan) {
    const [text, place, day, month, year, source] = turan;
    const published_at = isoDate(Number(year), Number(month), Number(day));
    if (!published_at || !place || !source) return null;
    return { place: place.trim(), published_at, source: source.trim(), text: text.trim() };
  }
  for (const [regex, kind] of [
    [TASS, 'tass'],
    [NAMED_AFTER_DATE, 'named'],
    [PARENTHESISED, 'parenthesised'],
  ] as const) {
    const match = regex.exec(head);
    if (!match) continue;
    // Groups: 1 place; 2–4 month-day-year; 5–7 day-month-year; 8 the agency.
    const [text, place, m1, d1, y1, d2, m2, y2, agency] = match;
    if (!place || !agency) continue;
    if (kind === 'parenthesised' && !looksLikeAgency(agency)) continue;
    if (/\d/.test(place)) continue;
    const month = monthNumber(m1 ?? m2 ?? '');
    const day = Number(d1 ?? d2 ?? 0);
    const year = Number(y1 ?? y2 ?? 0);
    let published_at: string | null = null;
    if (month && day) {
      published_at = year ? isoDate(year, month, day) : monthDay(month, day);
      if (!published_at) return null;
    }
    return {
      place: tidyPlace(place),
      published_at,
      source: tidyAgency(agency),
      text: text.trim(),
    };
  }
  return null;
}

/** `(Reuters)`, `(dpa/AFP)`, `(AP)`: a name or code, not a clause such as `(where he met …)`. */
function looksLikeAgency(text: string): boolean {
  const parts = text.split('/').map((part) => part.trim());
  return parts.every(
    (part) =>
      KNOWN_AGENCIES.test(part) ||
      // dpa's regional services: dpa/lby, dpa/lnw
      (/^[a-z]{2,4}$/.test(part) && parts[0] === 'dpa') ||
      /^\p{Lu}[\p{L}.-]{1,24}(?:\s\p{Lu}[\p{L}.-]{1,24})?$/u.test(part),
  );
}

/** `dpa/lby` (a regional desk) is dpa; `INTERFAX.RU` is Interfax; otherwise as written. */
function tidyAgency(text: string): string {
  const agency = text.trim();
  if (/^dpa\/[a-z]{2,4}$/.test(agency)) return 'dpa';
  if (/^interfax\.ru$/i.test(agency)) return 'Interfax';
  if (/^тасс$/i.test(agency)) return 'TASS';
  return agency;
}

/** VIENNA → Vienna, WASHINGTON/LONDON → Washington/London; mixed case stays as written. */
function tidyPlace(text: string): string {
  const place = text.trim();
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });
}
