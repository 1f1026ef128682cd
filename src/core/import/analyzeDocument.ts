import type {
  BoilerplateBlock,
  DocumentSummary,
  FieldOrigin,
  FieldOrigins,
  MetadataField,
  Paragraph,
} from '../../shared/model';
import { countWords } from '../../shared/text/tokenize';
import { boilerplateReason, isLabelLine, tailBoilerplateReason } from './boilerplate';
import { detectLanguage } from './detectLanguage';
import { AGENCY_NAMES, creditTag, findByline, headByline, isPersonName, type Byline } from './findByline';
import { completeYear, dateLine, findDate, findWeekdayDate } from './findDate';
import {
  capitalPlaceLine,
  leadAttribution,
  parseDateline,
  parsePlaceDateline,
  placeAndDateLine,
} from './parseDateline';
import type { ReadDocument, ReadMeta } from './ReadDocument';

export type AnalyzedDocument = Pick<
  DocumentSummary,
  | 'title'
  | 'title_origin'
  | 'source'
  | 'author'
  | 'published_at'
  | 'place'
  | 'language'
  | 'word_count'
  | 'url'
  | 'section'
> & {
  body: string;
  paragraphs: Paragraph[];
  boilerplate: BoilerplateBlock[];
  field_origins: FieldOrigins;
};

type Role =
  | { kind: 'body' }
  | { kind: 'heading' }
  | { kind: 'title' }
  | { kind: 'byline' }
  | { kind: 'boilerplate'; reason: string };

/**
 * The first metadata pass: decides for each block whether it is the title, body text, a
 * sub-heading, a byline or site boilerplate, and reads title, date, place, source, author and
 * language. Nothing is dropped: every block ends up in the body, the metadata or the boilerplate.
 */
export function analyzeDocument(read: ReadDocument, fileName: string): AnalyzedDocument {
  const texts = read.blocks.map((block) => block.text);
  const roles: Role[] = read.blocks.map((block): Role => {
    // The reader already set it aside (an HTML page's navigation, comments, share bar …).
    if (block.boilerplate) return { kind: 'boilerplate', reason: block.boilerplate };
    return block.kind ? { kind: block.kind } : { kind: 'body' };
  });

  // The ragged end: bylines and site chrome after the last real paragraph.
  let bylineFound = false;
  let author: string | null = null;
  let bylineSource: string | null = null;
  let end = texts.length;
  while (end > 1) {
    if (!bylineFound) {
      // findByline reads at most the last three blocks; a window keeps a long tail linear.
      const { byline, used } = findByline(texts.slice(Math.max(0, end - 3), end));
      if (used > 0) {
        for (let i = end - used; i < end; i++) roles[i] = { kind: 'byline' };
        author = byline.author;
        bylineSource = byline.source;
        bylineFound = true;
        end -= used;
        continue;
      }
    }
    const reason = roles[end - 1]!.kind === 'body' ? tailBoilerplateReason(texts[end - 1]!) : null;
    if (!reason) break;
    roles[end - 1] = { kind: 'boilerplate', reason };
    end--;
  }

  // The head: site chrome before the article (a site name repeated at the end, a cookie banner).
  const tailTexts = new Set(texts.slice(end).map((text) => text.toLowerCase()));
  let start = 0;
  let siteName: string | null = null;
  while (start < end - 1 && roles[start]!.kind === 'body') {
    const text = texts[start]!;
    if (isLabelLine(text) && tailTexts.has(text.toLowerCase())) {
      roles[start] = { kind: 'boilerplate', reason: 'site header' };
      siteName ??= text;
    } else {
      const reason = boilerplateReason(text);
      if (!reason) break;
      roles[start] = { kind: 'boilerplate', reason };
    }
    start++;
  }

  // Boilerplate anywhere that is unmistakable (a lone "Leave a Reply" between paragraphs).
  for (let i = start; i < end; i++) {
    if (roles[i]!.kind !== 'body') continue;
    const reason = boilerplateReason(texts[i]!);
    if (reason && texts[i]!.length < 200) roles[i] = { kind: 'boilerplate', reason };
  }

  // A text that opens with its date ("Lunes, 4 de marzo de 2024", "Tbilisi, 14 May 2024") has
  // no title there: the date line is metadata and the title is looked for after it.
  let headDate: string | null = null;
  let headPlace: string | null = null;
  let firstBody = roles.findIndex((role, i) => i >= start && role.kind === 'body');
  while (firstBody >= 0 && firstBody < end - 1) {
    const text = texts[firstBody]!;
    // "Par Marie Lefèvre, le 12/12/2023" is a byline with its date, read below.
    if (headByline(text)) break;
    const placed = dateLine(text) ? null : placeAndDateLine(text);
    const date = placed?.published_at ?? dateLine(text);
    if (!date) break;
    headDate ??= date;
    headPlace ??= placed?.place ?? null;
    roles[firstBody] = { kind: 'boilerplate', reason: 'date line' };
    firstBody = roles.findIndex((role, i) => i > firstBody && role.kind === 'body');
  }

  // Title: stated by the format, else a heading-like first line, else the first sentence.
  let title: string;
  let titleOrigin: AnalyzedDocument['title_origin'];
  const titleIndex = roles.findIndex((role) => role.kind === 'title');
  if (read.meta.title) {
    title = read.meta.title;
    titleOrigin = 'metadata';
  } else if (titleIndex >= 0) {
    title = texts[titleIndex]!;
    titleOrigin = 'heading';
  } else if (firstBody >= 0 && firstBody < end - 1 && isTitleLike(texts[firstBody]!)) {
    roles[firstBody] = { kind: 'title' };
    title = texts[firstBody]!;
    titleOrigin = 'heading';
  } else {
    const firstText = firstBody >= 0 ? texts[firstBody]! : '';
    // "MOSCOW. March 3 (Interfax) - Russia's central bank …": the title starts after the dateline.
    const datelineText = parseDateline(firstText)?.text ?? parsePlaceDateline(firstText)?.text ?? '';
    title =
      firstSentence(firstText.slice(datelineText.length).trim()) || firstSentence(firstText) || fileName;
    titleOrigin = firstText ? 'first-sentence' : 'file-name';
  }

  // Metadata lines under the title: "By Jana Holt", "Von Jana Holt, Wien", "Jana Holt in Vienna",
  // "March 3, 2022 10:42 AM", "Wed 19 Jul 2023 14.02 BST" (even when the page made it a heading).
  // They are read as author and date, and set aside from the reading text as boilerplate.
  // "Tbilisi, 14 May 2024" gives the place too; "ANKARA" alone right under a byline or date line
  // is the place (Anadolu's pages set their dateline so).
  let headCredit: Byline | null = null;
  let headAgency: string | null = null;
  const headLines: string[] = [];
  for (let i = start, seen = 0, afterCredit = false; i < end - 1 && seen < 3; i++) {
    if (roles[i]!.kind === 'title' || roles[i]!.kind === 'boilerplate') continue;
    seen++;
    const text = texts[i]!;
    const credit: Byline | null = headCredit ? null : headByline(text);
    const date: string | null = headDate ? null : dateLine(text);
    const placed = credit || date || headDate ? null : placeAndDateLine(text);
    const place = credit || date || placed || !afterCredit || headPlace ? null : capitalPlaceLine(text);
    // "By DEREK GATOPOULOS" and on the next line "Associated Press": the agency the author works for.
    const agency =
      credit || date || placed || place || !afterCredit || !AGENCY_NAMES.test(text.trim())
        ? null
        : text.trim();
    let reason = 'date line';
    if (credit) {
      headCredit = credit;
      headDate ??= credit.published_at ?? null;
      reason = 'byline';
    } else if (date) headDate = date;
    else if (placed) {
      headDate = placed.published_at;
      headPlace = placed.place;
    } else if (place) {
      headPlace = place;
      reason = 'dateline';
    } else if (agency) {
      headAgency = agency.replace(/^the\s+/i, '');
      reason = 'byline';
    } else if (roles[i]!.kind === 'body') break;
    else continue;
    afterCredit = true;
    headLines.push(text);
    roles[i] = { kind: 'boilerplate', reason };
  }

  // Sub-headings inside the article: short unpunctuated lines followed by prose — but not a
  // dateline set on a line of its own ("Baku, March 5, AZERTAC", "MADRID, 5 (EUROPA PRESS)").
  for (let i = start; i < end - 1; i++) {
    if (
      roles[i]!.kind === 'body' &&
      roles[i + 1]!.kind === 'body' &&
      isSubheading(texts[i]!, texts[i + 1]!) &&
      parseDateline(texts[i]!)?.text !== texts[i]!.trim()
    ) {
      roles[i] = { kind: 'heading' };
    }
  }

  const { body, paragraphs, boilerplate } = assemble(
    texts,
    roles,
    read.blocks.map((block) => block.page),
  );

  const opening = paragraphs.slice(0, 3).map((p) => body.slice(p.start, p.end));
  const dateline = opening.map(parseDateline).find((found) => found !== null) ?? null;
  const bylineText = [...headLines, ...texts.filter((_, i) => roles[i]!.kind === 'byline')].join('\n');
  // "… sagte er. (bsc)" closing the last paragraph: the author's initials or the agency.
  const lastParagraph = paragraphs.at(-1);
  const closingTag = lastParagraph ? creditTag(body.slice(lastParagraph.start, lastParagraph.end)) : null;

  const found = new Fields(read);
  found.set('title', title, titleOrigin === 'metadata' ? undefined : titleOrigin);
  found.set('published_at', ...publicationDate());
  found.set('source', dateline?.source, 'dateline');
  found.set('source', headCredit?.source ?? headAgency, 'byline');
  found.set('source', bylineSource, 'byline');
  found.set('source', closingTag?.source, 'byline');
  found.set('source', opening[0] ? leadAttribution(opening[0]) : null, 'first-sentence');
  found.set('source', organisationIn(boilerplate), 'heading');
  found.set('source', siteName, 'heading');
  found.set('author', joinCredits(headCredit?.author, author), 'byline');
  found.set('author', author, 'byline');
  found.set('author', closingTag?.author, 'byline');
  found.set('author', dateline?.author, 'dateline');
  found.set('place', dateline?.place, 'dateline');
  found.set('place', opening[0] ? parsePlaceDateline(opening[0])?.place : null, 'dateline');
  found.set('place', headCredit?.place, 'byline');
  found.set('place', headPlace, 'byline');
  found.set('language', detectLanguage(body), 'detected');

  return {
    title,
    title_origin: titleOrigin,
    source: found.values.source ?? null,
    author: found.values.author ?? null,
    published_at: found.values.published_at ?? null,
    place: found.values.place ?? null,
    language: found.values.language ?? null,
    url: found.values.url ?? null,
    section: found.values.section ?? null,
    field_origins: found.origins,
    word_count: countWords(body),
    body,
    paragraphs,
    boilerplate,
  };

  /**
   * The date in order of trust: a full date in the dateline or a date line under the title; a
   * dateline's month-day completed by a full date of the same day (file name, time stamp); a full
   * date near the title; the dateline's month-day alone; a weekday-named day in the lead; a date
   * in the file name.
   */
  function publicationDate(): [string | null, FieldOrigin] {
    const datelineDate = dateline?.published_at ?? null;
    if (datelineDate && !datelineDate.startsWith('--')) return [datelineDate, 'dateline'];
    if (headDate && !headDate.startsWith('--')) return [headDate, 'byline'];
    if (datelineDate) {
      const completed = completeYear(datelineDate, [fileName, bylineText]);
      if (completed) return [completed, 'dateline'];
    }
    // Only stamps among the opening paragraphs count: a date inside the prose ("the year ended
    // December 31, 1960") is what the text is about.
    // A title made from the first sentence is prose too.
    const stamps = opening
      .slice(0, 2)
      .filter((paragraph) => paragraph.length <= 160)
      // A stamp names its date within its first words: "Posted on October 5, 2023",
      // "Publié le 5 mars 2024 à 10h30", "Zuletzt aktualisiert am Dienstag, 21. August 2018".
      .map((paragraph) => paragraph.split(/\s+/, 8).join(' '));
    const headline = titleOrigin === 'first-sentence' ? '' : title;
    const nearTitle = findDate([headline, ...stamps, bylineText].join('\n'));
    if (nearTitle) {
      const where = findDate(headline) ? 'heading' : findDate(bylineText) ? 'byline' : 'first-sentence';
      return [nearTitle, where];
    }
    if (datelineDate) return [datelineDate, 'dateline'];
    if (headDate) return [headDate, 'byline'];
    const weekday = opening[0] ? findWeekdayDate(opening[0].slice(0, 300)) : null;
    if (weekday) return [weekday, 'first-sentence'];
    return [findDate(fileName), 'file-name'];
  }
}

/**
 * The metadata found so far with the origin of each field: what the reader states (meta tags,
 * JSON-LD, a database export's fields) comes first; later finds fill only the gaps.
 */
class Fields {
  readonly values: Partial<Record<MetadataField, string>> = {};
  readonly origins: FieldOrigins = {};

  constructor(read: ReadDocument) {
    for (const key of [
      'title',
      'published_at',
      'source',
      'author',
      'place',
      'language',
      'url',
      'section',
    ] as const) {
      const value = read.meta[key satisfies keyof ReadMeta];
      if (typeof value === 'string' && value.trim() !== '') {
        this.values[key] = value.trim();
        this.origins[key] = read.origins?.[key] ?? 'meta-tag';
      }
    }
  }

  set(field: MetadataField, value: string | null | undefined, origin?: FieldOrigin): void {
    if (!value || this.values[field] !== undefined) return;
    this.values[field] = value;
    this.origins[field] = origin ?? 'meta-tag';
  }
}

/** Joins body and heading blocks with blank lines; boilerplate is kept with the offset it stood at. */
function assemble(texts: string[], roles: Role[], pages: Array<number | undefined>) {
  let body = '';
  const paragraphs: Paragraph[] = [];
  const boilerplate: BoilerplateBlock[] = [];
  texts.forEach((text, i) => {
    const role = roles[i]!;
    if (role.kind === 'body' || role.kind === 'heading') {
      if (body !== '') body += '\n\n';
      const page = pages[i];
      paragraphs.push({
        start: body.length,
        end: body.length + text.length,
        kind: role.kind === 'heading' ? 'heading' : 'paragraph',
        ...(page !== undefined ? { page } : {}),
      });
      body += text;
    } else if (role.kind === 'boilerplate') {
      const at = body === '' ? 0 : body.length + 2;
      const previous = boilerplate.at(-1);
      // Consecutive blocks collapse into one bar in the reader.
      if (previous && previous.at === at) {
        previous.text += '\n\n' + text;
        if (!previous.reason.includes(role.reason)) previous.reason += ', ' + role.reason;
      } else boilerplate.push({ at, text, reason: role.reason });
    }
  });
  // Blocks after the last paragraph point at the end of the body.
  for (const block of boilerplate) block.at = Math.min(block.at, body.length);
  return { body, paragraphs, boilerplate };
}

function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (words > 30 || text.length > 250) return false;
  if (/(\.\.\.|…)$/.test(text)) return true;
  return !/[.,;:]$/.test(text);
}

function isSubheading(text: string, next: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 14 && text.length <= 120 && !/[.!?:;,"”“»]$/.test(text) && next.length > text.length * 1.5;
}

/** The first sentence, cut at a word boundary to a title's length. */
// A full stop that ends no sentence: an initial ("James P. Mitchell") or a common abbreviation
// ("Mr.", "Gov.", "U.S.", "Fla.") before it.
const SENTENCE_END =
  /^.+?(?<!(?:^|[\s.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Rev|Hon|No|Nr|Fla|Calif|Ill|Mass|Pa|Wash|Jan|Feb|Aug|Sept|Oct|Nov|Dec|bzw|Dr|Prof|ca|vgl|z\.B|u\.a))[.!?](?=\s|$)/su;

function firstSentence(text: string): string {
  // "-- A jury of seven …" after a dateline on the line above: the dash belongs to the dateline.
  text = text.replace(/^[-–—]+\s*/, '');
  const sentence = SENTENCE_END.exec(text)?.[0] ?? text;
  if (sentence.length <= 90) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, 90);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '') + '…';
}

/** A publisher named in its own advert: `"Caucasus Watch" seeks local specialists …`. */
function organisationIn(boilerplate: BoilerplateBlock[]): string | null {
  for (const block of boilerplate) {
    for (const paragraph of block.text.split('\n\n')) {
      const quoted = /^["“„«]([^"”“»]{2,40})["”“»]\s+\p{Ll}/u.exec(paragraph);
      if (quoted) return quoted[1]!.trim();
    }
  }
  return null;
}

/**
 * "By Jane Doe and John Roe" above and "(Reporting by …; Writing by Mark Smith …)" below: every
 * person either names, once. Initials at the end ("jho") are not added to a full name.
 */
function joinCredits(head: string | null | undefined, tail: string | null): string | null | undefined {
  if (!head || !tail) return head;
  const names = head.split(', ');
  for (const name of tail.split(', ')) if (isPersonName(name) && !names.includes(name)) names.push(name);
  return names.join(', ');
}
