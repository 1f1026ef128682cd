import type { ReadDocument } from './ReadDocument';
import { splitParagraphs } from './splitParagraphs';

/** Plain text: paragraphs only; all metadata is found by the analysis. */
export function readText(text: string): Omit<ReadDocument, 'raw'> {
  return { blocks: splitParagraphs(text).map((paragraph) => ({ text: paragraph })), meta: {} };
}
