export interface Byline {
  author: string | null;
  source: string | null;
}

const PERSON_NAME =
  /^(\p{Lu}[\p{Ll}'’-]+)(\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|von|van|de|der|al|el|bin)){1,3}$/u;
const SOURCE_LINE =
  /^(?:translated from|source|quelle|originally published (?:in|by|at)|übersetzt aus|aus dem)\s*:?\s+(.{2,80}?)\.?$/i;
const AUTHOR_LINE = /^(?:by|von|author|autor(?:in)?)\s*:?\s+(.{3,60}?)\.?$/i;

/**
 * Reads the lines that close many articles: an author's name, "Translated from Haqqin.az",
 * "By Jane Doe", "Quelle: dpa". Takes the last paragraphs in order and returns what it found plus
 * how many of them it used, so they can be set aside as metadata.
 */
export function findByline(paragraphs: string[]): { byline: Byline; used: number } {
  const byline: Byline = { author: null, source: null };
  let used = 0;
  for (let index = paragraphs.length - 1; index >= Math.max(0, paragraphs.length - 3); index--) {
    const line = paragraphs[index]!;
    const source = SOURCE_LINE.exec(line);
    const author = AUTHOR_LINE.exec(line);
    if (source && !byline.source) {
      byline.source = source[1]!.trim();
    } else if (author && !byline.author && isPersonName(author[1]!)) {
      byline.author = author[1]!.trim();
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

function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text.trim());
}
