import type { BoilerplateBlock, DocumentDetail, Paragraph } from '../../../shared/model';

export type BodyPart =
  | { kind: 'paragraph' | 'heading'; start: number; end: number }
  | { kind: 'boilerplate'; block: BoilerplateBlock; index: number };

/**
 * The reading order of a document: its paragraphs, with each set-aside block placed where it
 * stood (before the first paragraph that starts at or after the block's offset).
 */
export function layoutBody(
  document: Pick<DocumentDetail, 'body' | 'paragraphs' | 'boilerplate'>,
): BodyPart[] {
  const paragraphs =
    document.paragraphs.length > 0 ? [...document.paragraphs] : splitParagraphs(document.body);
  paragraphs.sort((a, b) => a.start - b.start);
  const blocks = document.boilerplate
    .map((block, index) => ({ block, index }))
    .sort((a, b) => a.block.at - b.block.at);
  const parts: BodyPart[] = [];
  let next = 0;
  for (const paragraph of paragraphs) {
    while (next < blocks.length && blocks[next]!.block.at <= paragraph.start) {
      parts.push({ kind: 'boilerplate', ...blocks[next]! });
      next += 1;
    }
    parts.push({ kind: paragraph.kind, start: paragraph.start, end: paragraph.end });
  }
  for (; next < blocks.length; next += 1) parts.push({ kind: 'boilerplate', ...blocks[next]! });
  return parts;
}

/** Fallback when the engine gave no paragraph ranges: blank-line separated stretches of body. */
function splitParagraphs(body: string): Paragraph[] {
  const result: Paragraph[] = [];
  const pattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (const match of body.matchAll(pattern)) {
    if (match[0].trim() === '') continue;
    result.push({ start: match.index, end: match.index + match[0].length, kind: 'paragraph' });
  }
  return result;
}
