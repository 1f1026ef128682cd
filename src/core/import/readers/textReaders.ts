import { decodeText } from '../decodeText';
import { ImportProblem, type FormatReader, type ReadDocument } from '../ReadDocument';
import { readMarkdown } from '../readMarkdown';
import { readText } from '../readText';

/** Decodes a text file or throws the reason it is not readable text. */
function decodeOrThrow(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) throw new ImportProblem(`Not imported: ${decoded.problem}.`);
  return decoded.text.replace(/^\uFEFF/, '');
}

function withRaw(read: Omit<ReadDocument, 'raw'>, raw: string): ReadDocument[] {
  return [{ ...read, raw }];
}

/** Plain text (.txt): paragraphs; all metadata is found by the analysis. */
export const readTextFile: FormatReader = async ({ bytes }) => {
  const text = decodeOrThrow(bytes);
  return withRaw(readText(text), text);
};

/** Markdown (.md): front matter and headings. */
export const readMarkdownFile: FormatReader = async ({ bytes }) => {
  const text = decodeOrThrow(bytes);
  return withRaw(readMarkdown(text), text);
};
