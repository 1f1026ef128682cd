import { isKnownGivenName } from '../entities/firstNames';
import { dateLine } from './findDate';
import { MONTHS, WEEKDAY_PATTERN } from './months';

/** What a byline or credit line says: who wrote the article, and for whom. */
export interface Byline {
  author: string | null;
  source: string | null;
  /** Where the author wrote from: "Von Jana Holt, Tiflis". */
  place?: string | null;
  /** A date on the byline's own line: "Autor: Jan Kowalski 05.03.2024 10:15". */
  published_at?: string | null;
}

// Jana, J., HOLT, O'Neill, McDonald, DeSantis.
const NAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu}|\p{Ll}{1,2}\p{Lu})?(?:[\p{Ll}'’\-]+|\.|[\p{Lu}'’\-]+)`;
const PERSON_NAME = new RegExp(
  String.raw`^(?:${NAME_WORD})(?:\s+(?:${NAME_WORD}|von|van|de|der|den|da|del|la|le|al|el|bin|ibn|ter|zu|y))*\s+(?:${NAME_WORD})$`,
  'u',
);
const SOURCE_LINE =
  /^(?:translated from|source|quelle|originally published (?:in|by|at)|übersetzt aus|aus dem|fuente|источник)\s*:?\s+(.{2,80}?)\.?$/iu;
const AUTHOR_LINE =
  /^(?:by|von|written by|author|autor(?:in)?|text|par|por|автор|текст|di)\s*:?\s+(.{3,120}?)\.?$/iu;
// Reuters: "Reporting by Jana Holt in Vienna; Writing by …; Editing by Mark Lee", often in brackets.
// Also the wire material an outlet credits ("With reporting by AFP", "(mit Material von dpa)",
// "Con información de EFE", "Avec AFP") and Xinhua's "Editor: Liu Wei": metadata, not text.
const CREDIT_LINE =
  /^\(?\s*(?:(?:with\s+)?(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|reported|research|graphics)\s+by\b|mit material (?:von|der|aus)\b|con información de\b|avec (?:l['’])?(?:afp|ap|reuters)\b|editor\s*:)/iu;
// AP: "Associated Press writer Tom Smith in Berlin contributed to this report."
const CONTRIBUTED =
  /^(?:the\s+)?(?:associated press|ap|reuters|afp|bloomberg)?\s*(?:writers?|reporters?|correspondents?|journalists?)?\s*[\p{L} ,.'’-]{3,120}\s+contributed\s+(?:reporting|to this (?:report|story|article))(?:\s+from\s+[\p{L} ,'-]+)?\.?$/iu;
/** Agencies and their usual short forms, for credit tags such as "(dpa)" or "bsc/AFP". */
export const AGENCY_NAMES =
  /^(?:reuters|ap|afp|dpa|apa|sda|kna|epd|sid|aa|xinhua|efe|ansa|tass|unian|interfax|ukrinform|pap|belga|anp|upi|kyodo|yonhap|europa press|dpa-afx|awp|ots|the associated press|associated press|agence france-presse|turan)$/iu;

/**
 * Reads the lines that close many articles: "Reporting by Jana Holt; Editing by Mark Lee", an
 * author's name, "Translated from Haqqin.az", "By Jane Doe", "(bsc)", "(dpa)", "Quelle: dpa".
 * Takes the last paragraphs in order and returns what it found plus how many of them it used, so
 * they can be set aside as metadata.
 */
export function findByline(paragraphs: string[]): { byline: Byline; used: number } {
  const byline: Byline = { author: null, source: null };
  let used = 0;
  for (let index = paragraphs.length - 1; index >= Math.max(0, paragraphs.length - 4); index--) {
    const line = paragraphs[index]!;
    const source = SOURCE_LINE.exec(line);
    const author = AUTHOR_LINE.exec(line);
    const tag = creditTag(line);
    if (source && !byline.source) {
      byline.source = source[1]!.trim();
    } else if (CREDIT_LINE.test(line) && line.length < 400) {
      byline.author ??= creditAuthors(line);
    } else if (CONTRIBUTED.test(line) && line.length < 250) {
      // Contributors are credited, not the author: the line is metadata all the same.
    } else if (tag) {
      byline.author ??= tag.author;
      byline.source ??= tag.source;
    } else if (author && !byline.author && namesIn(author[1]!).names.length > 0) {
      const found = namesIn(author[1]!);
      byline.author = found.names.join(', ');
      byline.place ??= found.place;
      byline.source ??= found.source;
    } else if (used > 0 && !byline.author && isPersonName(line)) {
      // A bare name counts only right above a source or author line; alone it may be a heading.
      byline.author = line;
    } else if (line.includes(' / ')) {
      // "Farhad Mammadov / Translated from Haqqin.az" on one line.
      const parts = line.split(' / ').map((part) => part.trim());
      const inner = findByline(parts);
      if (inner.used !== parts.length) break;
      byline.author ??= inner.byline.author;
      byline.source ??= inner.byline.source;
    } else break;
    used++;
  }
  return { byline, used };
}

/**
 * A byline at the head of an article, under the title: "By Jana Holt", "By JANA HOLT and TOM
 * SMITH Associated Press", "Von Jana Holt, Wien", "Par Jeanne Dupont", "Автор: Иван Петров",
 * "Jana Holt in Vienna".
 */
export function headByline(paragraph: string): Byline | null {
  if (paragraph.length > 160) return null;
  const line = paragraph.trim();
  // A date on the line is read with the byline ("Par Marie Lefèvre, le 12/12/2023 à 10h15").
  const credit = (/\d/.test(line) ? datedByline(line) : null) ?? creditLine(line);
  if (credit || !/\s[/|]\s/.test(line)) return credit;
  // "Text: Anna Muster / Fotos: Peter Beispiel": the writer's part of a shared credit line.
  for (const part of line.split(/\s+[/|]\s+/)) {
    const found = creditLine(part.trim());
    if (found) return found;
  }
  return null;
}

function creditLine(line: string): Byline | null {
  const match = AUTHOR_LINE.exec(line);
  if (!match) return namedFrom(line);
  // "Par Claire Dupont (Marseille, correspondante)": where from and what as, in brackets.
  const bracket = /\s*\(([^()]{2,60})\)$/u.exec(match[1]!);
  const found = namesIn(bracket ? match[1]!.slice(0, bracket.index) : match[1]!);
  if (found.names.length === 0) return null;
  const from = bracket?.[1]!.split(',')[0]!.trim();
  const place =
    from && /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(from) && !JOB_TITLE.test(from) ? from : null;
  return { author: found.names.join(', '), source: found.source, place: found.place ?? place };
}

// Where a date may begin: a digit, a month or a weekday ("05.03.2024", "March 5", "Tue 5 Mar").
const DATE_START = new RegExp(String.raw`^(?:\d|${WEEKDAY_PATTERN}\b)`, 'iu');
// Between the name and the date: a bar or middle dot, a dash between spaces, a comma and the
// word for "on" ("Par Marie Lefèvre, le 12/12/2023"), or a space.
const BYLINE_DATE_GAP = /\s*[|·•]\s*|\s+[-–—]\s+|,\s*(?:(?:le|am|el|il|on)\s+)?|\s+/gu;

/**
 * A byline and the date on one line, as pages print them under the headline: "Autor: Jan
 * Kowalski 05.03.2024 10:15", "By Tom Harris · March 5, 2024", "Gokhan Ergocun |03.03.2024 -
 * Update : 03.03.2024". A bare name (no "By") counts only before a bar or dot and a date.
 */
function datedByline(line: string): Byline | null {
  for (const gap of line.matchAll(BYLINE_DATE_GAP)) {
    const head = line.slice(0, gap.index);
    const tail = line.slice(gap.index + gap[0].length);
    const firstWord = /^\p{L}+/u.exec(tail)?.[0].toLowerCase();
    if (!head || !(DATE_START.test(tail) || (firstWord && MONTHS[firstWord]))) continue;
    const published_at = leadingDate(tail);
    if (!published_at) continue;
    const credit =
      creditLine(head) ??
      (/[|·•]/.test(gap[0]) && isPersonName(head) ? { author: titleCase(head.trim()), source: null } : null);
    return credit ? { ...credit, published_at } : null;
  }
  return null;
}

/** The date a text starts with: "03.03.2024 - Update : 03.03.2024" → 2024-03-03. */
function leadingDate(text: string): string | null {
  return dateLine(text) ?? dateLine(text.split(/\s+[-–—|·]\s+|\s*\|\s*/u)[0]!);
}

// "Jana Holt in Vienna", "Jana Holt and Tom Smith in Kyiv": a byline without "By", as some
// British and American sites print it under the headline.
const NAMED_FROM = /^(.{5,80}?)\s+in\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})$/u;

/**
 * Only names before the place (every part of "Jana Holt and Tom Smith" a person's name), the
 * first opening with a given name the gazetteer knows: without "By", a title-case line such as
 * "Record Heat in Vienna" must not pass for a byline.
 */
function namedFrom(line: string): Byline | null {
  const match = NAMED_FROM.exec(line);
  if (!match) return null;
  const parts = match[1]!.split(/\s*,\s*|\s+(?:and|&)\s+/u);
  if (!parts.every(isPersonName) || !isKnownGivenName(parts[0]!.split(/\s+/)[0]!)) return null;
  return { author: parts.join(', '), source: null, place: match[2]! };
}

/**
 * A credit tag that closes a paragraph or stands alone: "(bsc)", "(dpa)", "bsc/dpa", "(APA/Reuters)".
 * Agencies become the source, lower-case initials the author (German papers sign with them).
 */
export function creditTag(text: string): Byline | null {
  const match =
    /(?:^|\s)\(([\p{L} -]{2,30}(?:\/[\p{L} -]{2,30}){0,3})\)\.?\s*$|^([a-zäöü]{2,4}(?:\/[\p{L}-]{2,12}){1,3})\.?$|^(\p{L}[\p{L} -]{1,20})$/u.exec(
      text.trim(),
    );
  if (!match) return null;
  const bare = match[3];
  if (bare && !AGENCY_NAMES.test(bare)) return null;
  const parts = (match[1] ?? match[2] ?? bare)!.split('/').map((part) => part.trim());
  const result: Byline = { author: null, source: null };
  for (const part of parts) {
    if (AGENCY_NAMES.test(part)) result.source ??= part;
    else if (/^[a-zäöü]{2,4}$/.test(part)) result.author ??= part;
    else return null;
  }
  return result;
}

/** The reporters and writers named in a Reuters-style credit line; editors are not authors. */
function creditAuthors(line: string): string | null {
  const names: string[] = [];
  for (const segment of line.replace(/^\(|\)\.?$/g, '').split(/;/)) {
    const match = /^\s*(reporting|writing|written|reported|compiled)\s+by\s+(.+)$/iu.exec(segment);
    if (match) names.push(...namesIn(match[2]!).names);
  }
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

/**
 * Job titles that follow a name in bylines ("Hamish Reid, Transport Correspondent", "Jana Holt,
 * Redakteurin"): never a person's name, so the names end there.
 */
export const JOB_TITLE =
  /\b(?:correspondents?|editors?|reporters?|writers?|columnist|journalists?|contributors?|staff|desk|bureau chief|analyst|photographer|korrespondent(?:in)?|redakteur(?:in)?|autor(?:in)?|reporter(?:in)?|correspondante?|rédact(?:eur|rice)|journaliste|envoyée? spéciale?|corresponsal|redactora?|periodista|enviada? especial|corrispondente|inviat[oa]|giornalista|redattrice|redattore)\b/iu;

// Desks and newsrooms that sites put where an author's name goes.
const NEWSROOM =
  /^(?:by\s+)?(?:staff|(?:the\s+)?editors|editorial (?:team|staff|board)|news ?desk|newsroom|web desk|redaktion|online-redaktion|rédaction|redacción|redazione|redakcja|haber merkezi|agencias?|agences?)\b/iu;

/**
 * "Redaktion Nordkurier Online", "Staff", "Haber Merkezi", "Reuters": a newsroom or an agency,
 * which is no author (an agency is the source).
 */
export function isNewsroom(name: string): boolean {
  return NEWSROOM.test(name.trim()) || AGENCY_NAMES.test(name.trim());
}

/** Names in "Jana Holt in Vienna and Tom Smith", "JANA HOLT Associated Press", "Jana Holt, Wien". */
function namesIn(text: string): { names: string[]; source: string | null; place: string | null } {
  let rest = text.trim().replace(/\.$/, '');
  let source: string | null = null;
  const agency =
    /[\s,|–—-]+(the associated press|associated press|reuters|afp|dpa|apa|bloomberg|agence france-presse)$/iu.exec(
      rest,
    );
  if (agency) {
    source = agency[1]!.replace(/^the\s+/i, '');
    rest = rest.slice(0, agency.index);
  }
  const names: string[] = [];
  let place: string | null = null;
  for (const part of rest.split(/\s*,\s*|\s+(?:and|und|et|y|e|и|та)\s+|\s*&\s*/u)) {
    const name = titleCase(part.replace(/\s+(?:in|aus|from|en|à|в)\s+.+$/u, '').trim());
    if (JOB_TITLE.test(name)) {
      if (names.length === 0) return { names: [], source: null, place: null };
      break;
    }
    if (isPersonName(name)) names.push(name);
    else if (names.length === 0) return { names: [], source: null, place: null };
    else {
      // A trailing single word after a comma ("Von Jana Holt, Tiflis") is where the author wrote from.
      if (/^\p{Lu}[\p{L}-]{2,30}$/u.test(name) && !AGENCY_NAMES.test(name)) place = name;
      break;
    }
  }
  return { names, source, place };
}

/** JANA HOLT → Jana Holt; names in mixed case stay as written. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });
}

/** Two to four capitalised words (particles allowed): "Jana Holt", "Ursula von der Leyen". */
export function isPersonName(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.split(/\s+/).length <= 5 && PERSON_NAME.test(trimmed);
}
