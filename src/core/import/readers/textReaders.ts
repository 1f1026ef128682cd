import { decodeText, type DecodedText } from '../decodeText';
import { ImportProblem, type FormatReader, type ReadDocument } from '../ReadDocument';
import { readMarkdown } from '../readMarkdown';
import { readText } from '../readText';
import { exportTextBlocks, mayBeNewsExportText, splitNewsExport } from './newsExport';

/** Decodes a text file or throws the reason it is not readable text. */
export function decodeOrThrow(bytes: Uint8Array): DecodedText {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) throw new ImportProblem(`Not imported: ${decoded.problem}.`);
  return { ...decoded, text: decoded.text.replace(/^\uFEFF/, '') };
}

/** The encoding as a detected field, and its warning if the bytes were damaged. */
export function withEncoding(read: Omit<ReadDocument, 'raw'>, decoded: DecodedText): ReadDocument {
  return {
    ...read,
    meta: { ...read.meta, encoding: decoded.encoding },
    origins: { ...read.origins, encoding: 'detected' },
    raw: decoded.text,
    ...(decoded.warning ? { warnings: [decoded.warning] } : {}),
  };
}

/** Plain text (.txt): paragraphs; all metadata is found by the analysis. */
export const readTextFile: FormatReader = async ({ bytes }) => {
  const decoded = decodeOrThrow(bytes);
  // A Factiva or Nexis export saved as text: one document per article. A text without any
  // export separator is not split a second time to find that out.
  if (mayBeNewsExportText(decoded.text)) {
    const exported = splitNewsExport(exportTextBlocks(decoded.text));
    if (exported)
      return exported.map(({ raw, ...article }) => withEncoding(article, { ...decoded, text: raw }));
  }
  return [withEncoding(readText(decoded.text), decoded)];
};

/** Markdown (.md): front matter and headings. */
export const readMarkdownFile: FormatReader = async ({ bytes }) => {
  const decoded = decodeOrThrow(bytes);
  return [withEncoding(readMarkdown(decoded.text), decoded)];
};
