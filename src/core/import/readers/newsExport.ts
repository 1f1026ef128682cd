import { isPersonName } from '../findByline';
import { cleanLine, isHardWrapped } from '../splitParagraphs';
import type { FieldOrigin, ReadBlock, ReadDocument, ReadMeta } from '../ReadDocument';
import { exportDate, exportLanguage, exportWordCount } from './exportFields';

/** One line of an export, with the block (paragraph) it came from and its page. */
interface Line {
  text: string;
  block: number;
  page?: number;
}

// The interfaces in English, German and French name the same separators and fields (the keywords
// LexisNexisTools' lnt_read looks for: "Dokument 3 von 100", LÄNGE, AUTOR, RUBRIK, SPRACHE).
const NEXIS_END = /^(end of document|dokumentende|fin du document)$/i;
const NEXIS_ACADEMIC =
  /^(\d+\s+of\s+\d+\s+documents?|dokument\s+\d+\s+von\s+\d+|document\s+\d+\s+de\s+\d+)$/i;
const NEXIS_FIELD =
  /^(section|length|byline|dateline|highlight|load-date|language|graphic|publication-type|journal-code|subject|geographic|organization|person|company|ticker|industry|copyright|edition|headline|body|notes|correction-date|pub-date|document-type|url|classification|type|series|author|abstract|länge|rubrik|autor|sprache|update|grafik|longueur|rubrique|auteur|langue)\s*:\s*(.*)$/i;
/** A field of another interface language under its English name. */
const FIELD_ALIASES: Record<string, string> = {
  länge: 'length',
  longueur: 'length',
  rubrik: 'section',
  rubrique: 'section',
  autor: 'byline',
  auteur: 'byline',
  sprache: 'language',
  langue: 'language',
  update: 'load-date',
  grafik: 'graphic',
};
const COPYRIGHT_LINE =
  /^(copyright\b|©|\(c\)|all rights reserved|alle rechte vorbehalten|tous droits réservés)/i;
const NEXIS_LENGTH = /^(length|länge|longueur|load-date)\s*:/i;
/** Where an article's text ends: the fields and headings Nexis prints after it. */
const NEXIS_AFTER_BODY =
  /^(load-date|classification|klassifikation|graphic|grafik|notes|language|sprache|langue|publication-type|subject|update)\s*:?\s*/i;
const NEXIS_AFTER_BODY_HEADING = /^(classification|klassifikation|graphic|grafik|notes)$/i;
// Factiva's accession number closes each article; with indexing it is the AN field's value,
// on a line of its own or after the code in the same paragraph ("AN\tDocument FINCOU00…").
const FACTIVA_DOC = /^(?:AN\s+)?document\s+[a-z0-9]{16,}$/i;
const FACTIVA_CODE =
  /^(HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CO|IN|NS|RE|IPC|IPD|PUB|AN|CT|RF|ART|SE|HLP)(?:\s+|\t|$)(.*)$/;

/**
 * Whether a saved page may hold a news-database export, from its markup alone: one of the
 * separator lines splitNewsExport needs ("End of Document", "3 of 40 documents", "Document
 * GRDN…") in the page's text with the tags taken out. Cheap (one pass, no parse), so an ordinary
 * page is not parsed a second time just to find out it is not an export; a page that passes is
 * then decided by splitNewsExport.
 */
export function mayBeNewsExport(html: string): boolean {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#32|#x20);/gi, ' ');
  return mayBeNewsExportText(text);
}

/** The same test on plain text: whether it holds one of the separators an export needs. */
export function mayBeNewsExportText(text: string): boolean {
  return /\bend\s+of\s+document\b|\b\d+\s+of\s+\d+\s+documents?\b|\bdocument\s+[a-z0-9]{16,}|\bdokumentende\b|\bdokument\s+\d+\s+von\s+\d+|\bdocument\s+\d+\s+de\s+\d+|\bfin\s+du\s+document\b/i.test(
    text,
  );
}

/**
 * A plain-text export as blocks for splitNewsExport: one block per run of lines between blank
 * lines, its lines kept ("May 12, 2014 Monday / Final Edition / Wales" is a date and its edition
 * lines, which the headline's own paragraph follows); paragraphs() joins a block's lines only
 * when they are hard-wrapped.
 */
export function exportTextBlocks(text: string): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  for (const group of text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split(/\n[ \t]*\n/)) {
    const lines = group
      .split('\n')
      .map(cleanLine)
      .filter((line) => line !== '');
    if (lines.length) blocks.push({ text: lines.join('\n') });
  }
  return blocks;
}

/**
 * A news-database export — Nexis Uni / LexisNexis ("End of Document", "Length: 512 words") or
 * Factiva ("Document GRDN0000…", HD/BY/WC/PD/SN/LA fields) — split into one document per
 * article, each with its own headline, outlet, date, byline, word count, section and language
 * (origin 'database-export'). Recognised by content, whatever the file format. Returns null
 * when the blocks are not such an export.
 */
export function splitNewsExport(blocks: ReadBlock[]): ReadDocument[] | null {
  const lines: Line[] = [];
  blocks.forEach((block, index) => {
    // Running heads of a PDF export ("Page 3 of 40") are not part of any article; a separator
    // repeated at the foot of every page looks like one but is kept.
    if (
      block.boilerplate &&
      ![NEXIS_END, NEXIS_ACADEMIC, FACTIVA_DOC].some((re) => re.test(block.text.trim()))
    )
      return;
    for (const text of block.text.split('\n')) {
      const trimmed = text.trim();
      if (trimmed) lines.push({ text: trimmed, block: index, ...(block.page ? { page: block.page } : {}) });
    }
  });
  const nexisEnds = lines.filter((line) => NEXIS_END.test(line.text)).length;
  const academic = lines.filter((line) => NEXIS_ACADEMIC.test(line.text)).length;
  const nexisFields = lines.filter((line) => NEXIS_LENGTH.test(line.text)).length;
  if ((nexisEnds >= 1 || academic >= 1) && nexisFields >= 1) return nexis(lines, nexisEnds >= 1);
  const factivaEnds = lines.filter((line) => FACTIVA_DOC.test(line.text)).length;
  const codes = lines.filter((line) => /^(HD|WC|PD|SN|TD)\b/.test(line.text)).length;
  const words = lines.filter((line) => WORD_COUNT_LINE.test(line.text)).length;
  if (factivaEnds >= 1 && (codes >= 3 || words >= 1)) return factiva(lines);
  return null;
}

function segments(lines: Line[], isSeparator: (line: Line) => boolean, separatorEnds: boolean): Line[][] {
  const parts: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isSeparator(line)) {
      if (separatorEnds) current.push(line);
      parts.push(current);
      current = separatorEnds ? [] : [line];
    } else current.push(line);
  }
  parts.push(current);
  return parts.filter((part) => part.some((line) => !isSeparator(line)));
}

/**
 * Body lines back into paragraphs: the lines of one block join with a space when they are a
 * hard-wrapped paragraph, and stay paragraphs of their own when each line is one (text saved
 * from Word, lines broken by <br>).
 */
function paragraphs(lines: Line[]): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  for (let start = 0; start < lines.length;) {
    let end = start + 1;
    while (end < lines.length && lines[end]!.block === lines[start]!.block) end++;
    const run = lines.slice(start, end);
    const texts = run.map((line) => line.text);
    const page = run[0]!.page;
    if (run.length === 1 || isHardWrapped(texts))
      blocks.push({ text: texts.join(' '), ...(page ? { page } : {}) });
    else for (const line of run) blocks.push({ text: line.text, ...(line.page ? { page: line.page } : {}) });
    start = end;
  }
  return blocks;
}

function documentOf(
  meta: ReadMeta,
  body: ReadBlock[],
  raw: Line[],
  index: number,
  total: number,
): ReadDocument {
  const origins: Partial<Record<keyof ReadMeta, FieldOrigin>> = {};
  for (const key of Object.keys(meta) as Array<keyof ReadMeta>) origins[key] = 'database-export';
  return {
    blocks: body,
    meta,
    origins,
    raw: raw.map((line) => line.text).join('\n'),
    part: `article ${index + 1} of ${total}`,
  };
}

/** Nexis Uni ("… End of Document") and the older LexisNexis Academic ("3 of 100 DOCUMENTS"). */
function nexis(lines: Line[], modern: boolean): ReadDocument[] {
  const parts = modern
    ? segments(lines, (line) => NEXIS_END.test(line.text), true)
    : segments(lines, (line) => NEXIS_ACADEMIC.test(line.text), false);
  const articles = parts.filter((part) => part.some((line) => NEXIS_LENGTH.test(line.text)));
  return articles.map((part, index) => {
    const meta: ReadMeta = {};
    const content = part.filter((line) => !NEXIS_END.test(line.text) && !NEXIS_ACADEMIC.test(line.text));
    const firstField = content.findIndex(
      (line) => NEXIS_FIELD.test(line.text) || /^copyright\b|^©/i.test(line.text),
    );
    const bodyAt = content.findIndex((line) => /^body:?$/i.test(line.text) || /^body:\s/i.test(line.text));
    // The head runs to the first "Name: value" field. Its copyright lines stand after the date
    // (Nexis Uni) or above the outlet (LexisNexis Academic before 2010) and name no field.
    const headEnd = content.findIndex((line) => NEXIS_FIELD.test(line.text));
    const header = content
      .slice(0, headEnd < 0 ? Math.max(firstField, 0) : headEnd)
      .filter((line) => !COPYRIGHT_LINE.test(line.text));
    // Headline, outlet, date (and an edition line): the date line anchors the others.
    const dateAt = header.findLastIndex((line) => exportDate(line.text) !== undefined);
    if (dateAt >= 0) {
      meta.published_at = exportDate(header[dateAt]!.text);
      if (dateAt >= 1) meta.source = header[dateAt - 1]!.text;
      // Edition lines ("Final Edition", "Wales") share the date's paragraph in the text layout;
      // the headline stands in a paragraph of its own.
      const dateBlock = header[dateAt]!.block;
      const after = header
        .slice(dateAt + 1)
        .filter((line) => line.block !== dateBlock && !/^[\w\s]*edition$/i.test(line.text));
      // Nexis Uni: headline, outlet, date. LexisNexis Academic: outlet, date, headline — the
      // last paragraph before the fields; paragraphs between it and the date are edition lines
      // ("Edition 1;", "Scotland") where a saved page puts each in a paragraph of its own.
      const lastBlock = after.at(-1)?.block;
      if (!modern && after.length)
        meta.title = after
          .filter((line) => line.block === lastBlock)
          .map((line) => line.text)
          .join(' ');
      else if (dateAt >= 2) meta.title = header[dateAt - 2]!.text;
    } else if (header.length) meta.title = header.at(-1)!.text;
    let bodyStart = bodyAt >= 0 ? bodyAt + 1 : -1;
    const fieldLines = content.slice(Math.max(firstField, 0), bodyAt >= 0 ? bodyAt : content.length);
    for (const line of bodyAt >= 0 ? fieldLines : content) {
      const match = NEXIS_FIELD.exec(line.text);
      if (!match) continue;
      const [, rawKey, value] = match;
      const key = fieldKey(rawKey!);
      if (key === 'headline' && value) meta.title = value;
      else if (key === 'byline' && value) meta.author = cleanByline(value);
      else if (key === 'section' && value) meta.section = sectionName(value);
      else if (key === 'length') meta.word_count = exportWordCount(value!) ?? meta.word_count;
      else if (key === 'language' && value) meta.language = exportLanguage(value) ?? meta.language;
      else if (key === 'dateline' && value) meta.place = value;
      else if (key === 'load-date' && !meta.published_at)
        meta.published_at = exportDate(value!) ?? meta.published_at;
    }
    if (bodyStart < 0) {
      // The old layout has no "Body" line: the text starts after the last header field.
      const lastHeaderField = content.findIndex(
        (line, i) => i > firstField && fieldKey(NEXIS_FIELD.exec(line.text)?.[1] ?? '') === 'length',
      );
      bodyStart = lastHeaderField >= 0 ? lastHeaderField + 1 : Math.max(firstField, 0);
      while (
        bodyStart < content.length &&
        NEXIS_FIELD.test(content[bodyStart]!.text) &&
        fieldKey(NEXIS_FIELD.exec(content[bodyStart]!.text)![1]!) !== 'load-date'
      )
        bodyStart++;
    }
    let bodyEnd = content.findIndex((line, i) => i > bodyStart && endsBody(line.text));
    if (bodyEnd < 0) bodyEnd = content.length;
    // Fields after the body (language, load date) still describe the article.
    for (const line of content.slice(bodyEnd)) {
      const match = NEXIS_FIELD.exec(line.text);
      if (!match) continue;
      const key = fieldKey(match[1]!);
      if (key === 'language' && match[2]) meta.language ??= exportLanguage(match[2]);
      if (key === 'load-date' && match[2]) meta.published_at ??= exportDate(match[2]);
    }
    const body = paragraphs(content.slice(bodyStart, bodyEnd));
    // The original is the article's own lines, from its headline: the cover page before the
    // first article and the "3 of 100 DOCUMENTS" line are the download's, so the same article
    // in two overlapping downloads has the same original (and is imported once).
    const headline = modern && dateAt >= 2 ? header[dateAt - 2]! : content[0];
    const raw = headline ? content.slice(content.indexOf(headline)) : content;
    return documentOf(clean(meta), body, raw, index, articles.length);
  });
}

/** Factiva: field-code layout (HD, BY, WC, PD, SN, LA, LP, TD …) or the article layout. */
function factiva(lines: Line[]): ReadDocument[] {
  const parts = segments(lines, (line) => FACTIVA_DOC.test(line.text), true).filter((part) =>
    part.some((line) => FACTIVA_DOC.test(line.text)),
  );
  return parts.map((part, index) => {
    const content = part.filter((line) => !FACTIVA_DOC.test(line.text));
    const coded = content.filter((line) => FACTIVA_CODE.test(line.text)).length >= 3;
    const { meta, body, first } = coded ? factivaCoded(content) : factivaArticle(content);
    // The original runs from the article's first field or line to its accession number; what
    // stands before the first article (a page's heading) is the download's.
    const raw = first ? part.slice(part.indexOf(first)) : part;
    return documentOf(clean(meta), body, raw, index, parts.length);
  });
}

function factivaCoded(content: Line[]): { meta: ReadMeta; body: ReadBlock[]; first?: Line } {
  const fields = new Map<string, Line[]>();
  let code: string | null = null;
  for (const line of content) {
    const match = FACTIVA_CODE.exec(line.text);
    if (match) {
      code = match[1]!;
      if (!fields.has(code)) fields.set(code, []);
      // In HTML exports the code stands in its own cell and the value follows.
      if (match[2]!.trim()) fields.get(code)!.push({ ...line, text: match[2]!.trim() });
    } else if (code) fields.get(code)!.push(line);
  }
  const first = (key: string) =>
    fields
      .get(key)
      ?.map((line) => line.text)
      .join(' ')
      .trim() || undefined;
  const meta: ReadMeta = {};
  meta.title = first('HD');
  const by = first('BY');
  if (by) meta.author = cleanByline(by);
  meta.word_count = exportWordCount(first('WC') ?? '');
  meta.published_at = exportDate(first('PD') ?? '');
  meta.source = first('SN');
  meta.section = first('SE');
  const language = first('LA');
  if (language) meta.language = exportLanguage(language);
  const body = paragraphs([...(fields.get('LP') ?? []), ...(fields.get('TD') ?? [])]);
  return { meta, body, first: content.find((line) => FACTIVA_CODE.test(line.text)) };
}

/**
 * The display ("article") layout, Factiva's field order without the codes: [section,] headline,
 * [byline,] "512 words", date, [time,] outlet, source code, [edition, page,] language, ©, text.
 */
function factivaArticle(content: Line[]): { meta: ReadMeta; body: ReadBlock[]; first?: Line } {
  const meta: ReadMeta = {};
  const wordsAt = content.findIndex((line) => WORD_COUNT_LINE.test(line.text));
  if (wordsAt < 0) return { meta, body: paragraphs(content) };
  meta.word_count = exportWordCount(content[wordsAt]!.text);
  // Above the word count: the byline when the line reads as one, then the headline, and above
  // it the section.
  let headline = wordsAt - 1;
  const author = headline >= 1 ? bylineAuthor(content[headline]!.text) : undefined;
  if (author) {
    meta.author = author;
    headline--;
  }
  if (headline >= 0) meta.title = content[headline]!.text;
  if (headline >= 1) meta.section = content[headline - 1]!.text;
  const first = content[Math.max(0, headline - 1)];
  let at = wordsAt + 1;
  const date = content[at] ? exportDate(content[at]!.text) : undefined;
  if (date) {
    meta.published_at = date;
    at++;
  }
  // The time, with its zone in a printed export ("09:12 GMT").
  if (content[at] && /^\d{1,2}:\d{2}(\s*(am|pm))?(\s+[A-Z]{2,4})?$/i.test(content[at]!.text)) at++;
  if (content[at]) meta.source = content[at++]!.text;
  // Source code (GRDN), edition ("Final", "Late Edition"), page: short lines before the language
  // line, which closes the head when there is one.
  const languageAt = content
    .slice(at, at + 5)
    .findIndex((line) => line.text.split(/\s+/).length === 1 && exportLanguage(line.text) !== undefined);
  if (
    languageAt >= 0 &&
    content.slice(at, at + languageAt).every((line) => line.text.split(/\s+/).length <= 3)
  )
    at += languageAt;
  else
    while (content[at] && /^([A-Z0-9]{2,10}|\d+|[A-Z][a-z]+ Edition|Page \d+)$/.test(content[at]!.text)) at++;
  if (content[at] && exportLanguage(content[at]!.text) && content[at]!.text.split(/\s+/).length === 1) {
    meta.language = exportLanguage(content[at]!.text);
    at++;
  }
  while (content[at] && /^(\(c\)|©|copyright)/i.test(content[at]!.text)) at++;
  return { meta, body: paragraphs(content.slice(at)), ...(first ? { first } : {}) };
}

const WORD_COUNT_LINE = /^\d[\d,.]*\s+(words|wörter|mots|palabras|слов|слова)$/i;
const BYLINE_PREFIX = /^(by|von|par|por|di|de|автор:?|от)\s+/iu;

/** A byline field's value as the author: "By Anna Berg in Vienna" → "Anna Berg". */
function cleanByline(value: string): string {
  const text = value.trim().replace(BYLINE_PREFIX, '');
  // "By Anna Berg in Vienna": the place the correspondent wrote from is not part of the name.
  const placed = /^(.+?)\s+in\s+\p{Lu}[\p{L}\s-]*$/u.exec(text);
  return placed && names(placed[1]!) ? placed[1]!.trim() : text.trim();
}

/** The people a line names, when all of it reads as names ("Anna Berg and Tom Ruiz", "HELEN MARSH, Diplomatic Editor"). */
function names(text: string): boolean {
  const parts = text.split(/\s*,\s*|\s+(?:and|und|et|y|e|и|&)\s+/u).filter(Boolean);
  return parts.length > 0 && parts.every((part) => isPersonName(part));
}

/** The author when a line of an export's head reads as a byline, else undefined. */
function bylineAuthor(text: string): string | undefined {
  if (BYLINE_PREFIX.test(text)) return cleanByline(text);
  return names(text) ? cleanByline(text) : undefined;
}

/**
 * Whether a line is the first of the fields and headings Nexis prints after an article's text.
 * A field whose name also opens sentences ("Update: …", "Language: …", "Notes: …") counts only
 * with a value a field has (a date, a language name), so a paragraph of the article that opens
 * with one stays in it.
 */
function endsBody(text: string): boolean {
  if (NEXIS_AFTER_BODY_HEADING.test(text)) return true;
  if (!NEXIS_AFTER_BODY.test(text)) return false;
  const match = NEXIS_FIELD.exec(text);
  if (!match) return false;
  const key = fieldKey(match[1]!);
  const value = match[2]!.trim();
  if (key === 'load-date' || key === 'update') return exportDate(value) !== undefined;
  if (key === 'language') return exportLanguage(value) !== undefined && value.split(/\s+/).length <= 3;
  if (key === 'notes') return false;
  return true;
}

/** "NEWS; Pg. 3", "Politik; S. 4", "NATIONAL; Version:2" → the section without page and version. */
function sectionName(value: string): string {
  let text = value.trim();
  for (;;) {
    const cut = text.replace(/\s*;\s*(pg\.|s\.|p\.|page|seite|version\s*:)\s*\S*$/i, '');
    if (cut === text) return text;
    text = cut;
  }
}

/** A Nexis field name in any interface language, as its English name in lower case. */
function fieldKey(name: string): string {
  const key = name.toLowerCase();
  return FIELD_ALIASES[key] ?? key;
}

function clean(meta: ReadMeta): ReadMeta {
  return Object.fromEntries(
    Object.entries(meta).filter(([, value]) => value !== undefined && value !== ''),
  ) as ReadMeta;
}
