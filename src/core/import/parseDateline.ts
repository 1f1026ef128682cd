import { dateLine } from './findDate';
import { isoDate } from './isoDate';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthDay, monthNumber } from './months';

/**
 * An agency dateline read from the start of a paragraph. `published_at` is ISO and may be partial
 * (`--03-03` when the dateline names no year, as Reuters, AP and dpa datelines do); null when the
 * dateline names no day at all (`Wien (dpa) -`).
 */
export interface Dateline {
  place: string | null;
  published_at: string | null;
  /** The agency; null for a newspaper's or translated agency's own `Yerevan, March 5.` */
  source: string | null;
  /** The reporter some agencies name in the dateline: "Baku. Nigar Orujova – APA." */
  author?: string;
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
// MOSCOW, March 3. /TASS/.   МОСКВА, 3 марта. /ТАСС/.   BAKU, Azerbaijan, March 5. /Trend/
const TASS = new RegExp(
  String.raw`^${PLACE}${REGION}?,\s*(?:${MONTH_DAY}|${DAY_MONTH})\.?\s*\/([^/\n]{2,30})\/\.?\s*(?:${DASH}\s*)?`,
  'u',
);
// Baku, March 5, AZERTAC — the agency after the date in capitals, ending its line or clause.
const CAPITALS_AFTER_DATE = new RegExp(
  String.raw`^${PLACE}${REGION}?,\s*(?:${MONTH_DAY}|${DAY_MONTH}),\s*(\p{Lu}[\p{Lu}\d.-]{2,20})(?=\s*(?:$|\n|[.:]\s)|\s+${DASH}\s)\.?\s*(?:${DASH}\s*)?`,
  'u',
);
// (ANSA) - BOLOGNA, 16 MAG -   the agency first, then place and date (ANSA, AGI, Adnkronos).
const AGENCY_FIRST = new RegExp(
  String.raw`^\(([^()\n]{2,20})\)\s*${DASH}\s*${PLACE},\s*(?:${MONTH_DAY}|${DAY_MONTH})\s*${DASH}\s*`,
  'u',
);
// Hannover (epd). Die …   Bonn (KNA) Die …   MADRID, 5 (EUROPA PRESS)   — a known agency in
// brackets closed by a full stop, nothing or the end of the line; the day alone or no date.
const KNOWN_BRACKETED = new RegExp(
  String.raw`^${PLACE}(?:,\s*(\d{1,2}))?\s*\(([^()\n]{2,30})\)(?:\.?\s+(?=\p{Lu})|\s*(?=$|\n))`,
  'u',
);
// Baku. Nigar Orujova – APA. Azerbaijan …   — place, reporter and agency (APA of Azerbaijan).
const REPORTER_AND_AGENCY = new RegExp(
  String.raw`^${PLACE}\.\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+[–—-]\s+(\p{Lu}[\p{Lu}.-]{1,15})\.\s+(?=\p{Lu})`,
  'u',
);
// (Reuters) - Oil prices …   — the agency alone, no place (Reuters' stories from no one city).
const AGENCY_ONLY = new RegExp(String.raw`^\(([^()\n]{2,20})\)\s*${DASH}\s*(?=\p{Lu})`, 'u');
// ASTANA. KAZINFORM -   — place and agency in capitals, a full stop between.
const CAPITALS_AGENCY = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}'’-]+(?:[ /]\p{Lu}[\p{Lu}'’-]+)?)\.\s+(\p{Lu}[\p{Lu}\d.-]{2,20})\s*${DASH}\s*(?=\p{Lu})`,
  'u',
);
// Yerevan, March 5. The minister …   ROMA, 15 ottobre 2024 - Il Consiglio …: place and date and
// no agency (a newspaper's own dateline, or an agency's text translated without its name).
const PLACE_AND_DATE = new RegExp(
  String.raw`^${PLACE}${REGION}?,\s*(?:${MONTH_DAY}|${DAY_MONTH})\s*(?:\.|${DASH})\s+(?=[\p{Lu}"“„«])`,
  'u',
);
// Weekdays and months look like places to the pattern: "Tuesday, March 5. The …" is no dateline.
const NOT_A_PLACE = new RegExp(String.raw`^(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})$`, 'iu');
// МОСКВА, 3 мар — РИА Новости.   Москва. 3 марта. INTERFAX.RU -
const NAMED_AFTER_DATE = new RegExp(
  String.raw`^${PLACE}[,.]\s*(?:${MONTH_DAY}|${DAY_MONTH})\.?\s*(?:${DASH}\s*)?(РИА Новости|RIA Novosti|INTERFAX\.RU|Интерфакс|Interfax|Ukrinform|Укрінформ|УНІАН|UNIAN)\.?\s*(?:${DASH}\s*)?`,
  'u',
);

/** Agencies written in lower case or as short codes, which the shape test alone would miss. */
const KNOWN_AGENCIES =
  /^(?:reuters|ap|afp|dpa|apa|sda|kna|epd|sid|aa|anadolu|xinhua|efe|ansa|tass|ria novosti|interfax(?:-ukraine)?|ukrinform|unian|pap|ctk|čtk|mti|ats|belga|anp|upi|pti|ians|kyodo|yonhap|europa press|bernama|irna|apa-ots|turan|trend|apa-ots|ots|dpa-afx|awp|reuters\/afp|bta|hina|tanjug|ukrinform|report\.az|keystone-sda|agi|adnkronos|lusa|azertac|apa\.az|trend\.az|news\.az|kyodo news|ptb|ntb|tt|stt|ritzau|kathpress|idea|kap)$/i;

// A newspaper's own dateline without an agency: "München - Der Landtag …", "BERLIN – Die …".
// RFE/RL and American papers double the dash: "BISHKEK -- Kyrgyz authorities …".
// American papers add the state: "Austin, Texas -- Committee …", "Elburn, Ill. -- Farm …".
const PLACE_ONLY =
  /^(\p{Lu}[\p{L}\p{M}'’.-]{2,24}(?:[ /]\p{Lu}[\p{L}\p{M}'’.-]{1,24})?)(?:,\s*\p{Lu}[\p{L}.]{1,14}(?:\s\p{Lu}[\p{L}.]{1,14})?)?\s+(?:--|[-–—])\s+(?=\p{Lu})/u;

/**
 * A newspaper's own dateline (place and dash, no agency) at the start of a paragraph: the place,
 * and the text of the dateline; null when there is none.
 */
export function parsePlaceDateline(paragraph: string): { place: string; text: string } | null {
  const match = PLACE_ONLY.exec(paragraph.slice(0, 60));
  if (!match) return null;
  return { place: tidyPlace(match[1]!), text: match[0].trim() };
}

/**
 * A line of place and date alone, under a title or above the text: "Tbilisi, 14 May 2024",
 * "Salzburg, 31. August 2023", "St. Johns, Mich., April 19". Null for anything else (a bare date is dateLine's).
 */
export function placeAndDateLine(paragraph: string): { place: string; published_at: string } | null {
  if (paragraph.length > 80) return null;
  const comma = paragraph.indexOf(',');
  if (comma < 2) return null;
  const place = paragraph.slice(0, comma).trim();
  if (!LINE_PLACE.test(place) || NOT_A_PLACE.test(place)) return null;
  // "St. Johns, Mich., April 19": a state or country may stand between place and date.
  const rest = paragraph.slice(comma + 1);
  const region = /^\s*\p{Lu}[\p{L}.]{1,14}(?:\s\p{Lu}[\p{L}.]{1,14})?,/u.exec(rest)?.[0].length ?? 0;
  const published_at = dateLine(rest) ?? (region ? dateLine(rest.slice(region)) : null);
  return published_at ? { place: tidyPlace(place), published_at } : null;
}
const LINE_PLACE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ /]\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u;

// Section labels and kickers printed in capitals above a story, which are no place.
const KICKER =
  /^(?:analysis|exclusive|opinion|updated?|breaking|live|video|photos?|news|world|politics|business|economy|markets?|sports?|culture|editorial|interview|comment|feature|review|advertisement|sponsored|anzeige|kommentar|meinung|analyse|eilmeldung|exklusiv|actualités?|opinion|éditorial|opinión|noticias|última hora|esclusiva|commento)$/iu;

/**
 * The place alone in capitals on its own line, as Anadolu's pages set the dateline under the
 * byline ("ANKARA"); null for anything else, kickers such as "ANALYSIS" included. Only the lines
 * right under a byline or date line are asked.
 */
export function capitalPlaceLine(paragraph: string): string | null {
  const text = paragraph.trim();
  if (text.length > 30 || !/^\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ /]\p{Lu}[\p{Lu}\p{M}'’.-]+){0,2}$/u.test(text))
    return null;
  return KICKER.test(text) ? null : tidyPlace(text);
}

// "…, Report informs, citing the ministry.", "…, RFE/RL's Kyrgyz Service reports.": an outlet
// naming itself at the end of its lead, as Azerbaijani and Central Asian services write.
const SELF_ATTRIBUTION =
  /,\s+(\p{Lu}[\p{L}\d/.-]*(?:\s\p{Lu}[\p{L}\d/.-]*){0,2}?)(?:['’]s(?:\s+\p{Lu}[\p{L}-]*){1,3})?\s+(informs|reports)\b/u;

/**
 * The outlet a lead paragraph credits itself to: "informs" after any name; "reports" only after
 * an agency or an acronym ("…, Smith reports" is a reporter, not the source). Null otherwise.
 */
export function leadAttribution(paragraph: string): string | null {
  const match = SELF_ATTRIBUTION.exec(paragraph.slice(0, 600));
  if (!match) return null;
  const [, name, verb] = match;
  if (verb === 'reports' && !KNOWN_AGENCIES.test(name!) && !/^[\p{Lu}\d/.-]{2,12}$/u.test(name!)) return null;
  return name!;
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
  const first = AGENCY_FIRST.exec(head);
  if (first && looksLikeAgency(first[1]!)) {
    const [text, agency, place, m1, d1, y1, d2, m2, y2] = first;
    const month = monthNumber(m1 ?? m2 ?? '');
    const day = Number(d1 ?? d2 ?? 0);
    const year = Number(y1 ?? y2 ?? 0);
    const published_at = year ? isoDate(year, month, day) : monthDay(month, day);
    if (!published_at || !place || NOT_A_PLACE.test(place)) return null;
    return { place: tidyPlace(place), published_at, source: tidyAgency(agency!), text: text.trim() };
  }
  const alone = AGENCY_ONLY.exec(head);
  if (alone && KNOWN_AGENCIES.test(alone[1]!.trim())) {
    return { place: null, published_at: null, source: tidyAgency(alone[1]!), text: alone[0].trim() };
  }
  const capitals = CAPITALS_AGENCY.exec(head);
  if (capitals && !NOT_A_PLACE.test(capitals[1]!) && !KICKER.test(capitals[1]!)) {
    const agency = capitals[2]!;
    const named = KNOWN_AGENCIES.test(agency)
      ? tidyAgency(agency)
      : agency.length >= 4
        ? tidyPlace(agency)
        : null;
    if (named)
      return { place: tidyPlace(capitals[1]!), published_at: null, source: named, text: capitals[0].trim() };
  }
  const reporter = REPORTER_AND_AGENCY.exec(head);
  if (reporter && KNOWN_AGENCIES.test(reporter[3]!) && !NOT_A_PLACE.test(reporter[1]!)) {
    const [text, place, author, agency] = reporter;
    return { place: tidyPlace(place!), published_at: null, source: agency!, author, text: text.trim() };
  }
  const bracketed = KNOWN_BRACKETED.exec(head);
  if (
    bracketed &&
    KNOWN_AGENCIES.test(bracketed[3]!.trim()) &&
    !NOT_A_PLACE.test(bracketed[1]!) &&
    // "The Associated Press (AP). The agency …" names the agency, not a place.
    !/\b(?:press|presse|agency|agentur|agence|agencia|news)\b/i.test(bracketed[1]!)
  ) {
    // The day alone names no date a researcher can use: kept in the text, not as published_at.
    const [text, place, , agency] = bracketed;
    return { place: tidyPlace(place!), published_at: null, source: tidyAgency(agency!), text: text.trim() };
  }
  for (const [regex, kind] of [
    [TASS, 'slashed'],
    [NAMED_AFTER_DATE, 'named'],
    [PARENTHESISED, 'parenthesised'],
    [CAPITALS_AFTER_DATE, 'capitals'],
    [PLACE_AND_DATE, 'none'],
  ] as const) {
    const match = regex.exec(head);
    if (!match) continue;
    // Groups: 1 place; 2–4 month-day-year; 5–7 day-month-year; 8 the agency.
    const [text, place, m1, d1, y1, d2, m2, y2, agency] = match;
    if (!place || (!agency && kind !== 'none')) continue;
    if ((kind === 'parenthesised' || kind === 'slashed') && !looksLikeAgency(agency!)) continue;
    if (/\d/.test(place) || NOT_A_PLACE.test(place)) continue;
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
      source: agency ? tidyAgency(agency) : null,
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
  // Written in capitals in the dateline ("(EUROPA PRESS)"), named in mixed case elsewhere.
  if (/^europa press$/i.test(agency)) return 'Europa Press';
  return agency;
}

/** VIENNA → Vienna, İSTANBUL → İstanbul, WASHINGTON/LONDON → Washington/London; mixed case stays as written. */
function tidyPlace(text: string): string {
  const place = text.trim();
  if (place !== place.toUpperCase()) return place;
  // NFC: "İSTANBUL" lower-cases to i + a combining dot, which must come back as one "İ".
  return place
    .toLowerCase()
    .replace(/(^|[\s/-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .normalize('NFC');
}
