import type { FieldOrigin, ReadBlock, ReadDocument, ReadMeta } from '../ReadDocument';
import { exportDate, exportLanguage, exportWordCount } from './exportFields';

/** One line of an export, with the block (paragraph) it came from and its page. */
interface Line {
  text: string;
  block: number;
  page?: number;
}

const NEXIS_END = /^end of document$/i;
const NEXIS_ACADEMIC = /^\d+\s+of\s+\d+\s+documents?$/i;
const NEXIS_FIELD =
  /^(section|length|byline|dateline|highlight|load-date|language|graphic|publication-type|journal-code|subject|geographic|organization|person|company|ticker|industry|copyright|edition|headline|body|notes|correction-date|pub-date|document-type|url|classification|type|series|author|abstract)\s*:\s*(.*)$/i;
const FACTIVA_DOC = /^document\s+[a-z0-9]{16,}$/i;
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
  return /\bend\s+of\s+document\b|\b\d+\s+of\s+\d+\s+documents?\b|\bdocument\s+[a-z0-9]{16,}/i.test(text);
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
  const nexisFields = lines.filter((line) => /^(length|load-date)\s*:/i.test(line.text)).length;
  if ((nexisEnds >= 1 || academic >= 1) && nexisFields >= 1) return nexis(lines, nexisEnds >= 1);
  const factivaEnds = lines.filter((line) => FACTIVA_DOC.test(line.text)).length;
  const codes = lines.filter((line) => /^(HD|WC|PD|SN|TD)\b/.test(line.text)).length;
  const words = lines.filter((line) => /^\d[\d,.]*\s+(words|wörter|mots|palabras)$/i.test(line.text)).length;
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

/** Body lines back into paragraphs: lines of one block join with a space. */
function paragraphs(lines: Line[]): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  let last = -1;
  for (const line of lines) {
    const previous = blocks.at(-1);
    if (previous && line.block === last) previous.text += ' ' + line.text;
    else blocks.push({ text: line.text, ...(line.page ? { page: line.page } : {}) });
    last = line.block;
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
  const articles = parts.filter((part) => part.some((line) => /^(length|load-date)\s*:/i.test(line.text)));
  return articles.map((part, index) => {
    const meta: ReadMeta = {};
    const content = part.filter((line) => !NEXIS_END.test(line.text) && !NEXIS_ACADEMIC.test(line.text));
    const firstField = content.findIndex(
      (line) => NEXIS_FIELD.test(line.text) || /^copyright\b|^©/i.test(line.text),
    );
    const bodyAt = content.findIndex((line) => /^body:?$/i.test(line.text) || /^body:\s/i.test(line.text));
    const header = content.slice(0, firstField < 0 ? 0 : firstField);
    // Headline, outlet, date (and an edition line): the date line anchors the others.
    const dateAt = header.findLastIndex((line) => exportDate(line.text) !== undefined);
    if (dateAt >= 0) {
      meta.published_at = exportDate(header[dateAt]!.text);
      if (dateAt >= 1) meta.source = header[dateAt - 1]!.text;
      const after = header.slice(dateAt + 1).filter((line) => !/^[\w\s]*edition$/i.test(line.text));
      // Nexis Uni: headline, outlet, date. LexisNexis Academic: outlet, date, headline.
      if (!modern && after.length) meta.title = after.map((line) => line.text).join(' ');
      else if (dateAt >= 2) meta.title = header[dateAt - 2]!.text;
    } else if (header.length) meta.title = header.at(-1)!.text;
    let bodyStart = bodyAt >= 0 ? bodyAt + 1 : -1;
    const fieldLines = content.slice(Math.max(firstField, 0), bodyAt >= 0 ? bodyAt : content.length);
    for (const line of bodyAt >= 0 ? fieldLines : content) {
      const match = NEXIS_FIELD.exec(line.text);
      if (!match) continue;
      const [, rawKey, value] = match;
      const key = rawKey!.toLowerCase();
      if (key === 'headline' && value) meta.title = value;
      else if (key === 'byline' && value) meta.author = value.replace(/^(by|von)\s+/i, '').trim();
      else if (key === 'section' && value) meta.section = value.replace(/;\s*(pg|s)\.\s*\S+$/i, '').trim();
      else if (key === 'length') meta.word_count = exportWordCount(value!) ?? meta.word_count;
      else if (key === 'language' && value) meta.language = exportLanguage(value) ?? meta.language;
      else if (key === 'dateline' && value) meta.place = value;
      else if (key === 'load-date' && !meta.published_at)
        meta.published_at = exportDate(value!) ?? meta.published_at;
    }
    if (bodyStart < 0) {
      // The old layout has no "Body" line: the text starts after the last header field.
      const lastHeaderField = content.findIndex(
        (line, i) => i > firstField && /^length\s*:/i.test(line.text),
      );
      bodyStart = lastHeaderField >= 0 ? lastHeaderField + 1 : Math.max(firstField, 0);
      while (
        bodyStart < content.length &&
        NEXIS_FIELD.test(content[bodyStart]!.text) &&
        !/^load-date/i.test(content[bodyStart]!.text)
      )
        bodyStart++;
    }
    let bodyEnd = content.findIndex(
      (line, i) =>
        i >= bodyStart &&
        /^(load-date|classification|graphic|notes|language|publication-type|subject)\s*:?\s*/i.test(
          line.text,
        ) &&
        (NEXIS_FIELD.test(line.text) || /^(classification|graphic|notes)$/i.test(line.text)),
    );
    if (bodyEnd < 0) bodyEnd = content.length;
    // Fields after the body (language, load date) still describe the article.
    for (const line of content.slice(bodyEnd)) {
      const match = NEXIS_FIELD.exec(line.text);
      if (!match) continue;
      const key = match[1]!.toLowerCase();
      if (key === 'language' && match[2]) meta.language ??= exportLanguage(match[2]);
      if (key === 'load-date' && match[2]) meta.published_at ??= exportDate(match[2]);
    }
    const body = paragraphs(content.slice(bodyStart, bodyEnd));
    return documentOf(clean(meta), body, part, index, articles.length);
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
    const { meta, body } = coded ? factivaCoded(content) : factivaArticle(content);
    return documentOf(clean(meta), body, part, index, parts.length);
  });
}

function factivaCoded(content: Line[]): { meta: ReadMeta; body: ReadBlock[] } {
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
  if (by) meta.author = by.replace(/^(by|von|par|por)\s+/i, '');
  meta.word_count = exportWordCount(first('WC') ?? '');
  meta.published_at = exportDate(first('PD') ?? '');
  meta.source = first('SN');
  meta.section = first('SE');
  const language = first('LA');
  if (language) meta.language = exportLanguage(language);
  const body = paragraphs([...(fields.get('LP') ?? []), ...(fields.get('TD') ?? [])]);
  return { meta, body };
}

/** The article layout: headline, byline, "512 words", date, outlet, code, language, ©, text. */
function factivaArticle(content: Line[]): { meta: ReadMeta; body: ReadBlock[] } {
  const meta: ReadMeta = {};
  const wordsAt = content.findIndex((line) => /^\d[\d,.]*\s+(words|wörter|mots|palabras)$/i.test(line.text));
  if (wordsAt < 0) return { meta, body: paragraphs(content) };
  meta.word_count = exportWordCount(content[wordsAt]!.text);
  if (wordsAt >= 1) meta.title = content[0]!.text;
  if (wordsAt >= 2) meta.author = content[wordsAt - 1]!.text.replace(/^(by|von|par|por)\s+/i, '');
  let at = wordsAt + 1;
  const date = content[at] ? exportDate(content[at]!.text) : undefined;
  if (date) {
    meta.published_at = date;
    at++;
  }
  if (content[at] && /^\d{1,2}:\d{2}$/.test(content[at]!.text)) at++;
  if (content[at]) meta.source = content[at++]!.text;
  // Source code (GRDN), edition, page: short capitals and numbers.
  while (content[at] && /^([A-Z0-9]{2,10}|\d+|[A-Z][a-z]+ Edition|Page \d+)$/.test(content[at]!.text)) at++;
  if (content[at] && exportLanguage(content[at]!.text) && content[at]!.text.split(/\s+/).length === 1) {
    meta.language = exportLanguage(content[at]!.text);
    at++;
  }
  while (content[at] && /^(\(c\)|©|copyright)/i.test(content[at]!.text)) at++;
  return { meta, body: paragraphs(content.slice(at)) };
}

function clean(meta: ReadMeta): ReadMeta {
  return Object.fromEntries(
    Object.entries(meta).filter(([, value]) => value !== undefined && value !== ''),
  ) as ReadMeta;
}
