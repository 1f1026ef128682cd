import {
  ImportProblem,
  type FieldOrigin,
  type FormatReader,
  type ReadBlock,
  type ReadMeta,
} from '../ReadDocument';
import { splitNewsExport } from './newsExport';
import { firstHeadingAsTitle } from './titleBlock';
import { rtfText } from './rtfText';

/**
 * Rich Text Format (.rtf): paragraphs and headings, title and author from the document's info.
 * Factiva and Nexis deliver exports as RTF; those are split into one document per article.
 */
export const readRtfFile: FormatReader = async ({ bytes, name }) => {
  if (bytes.length === 0) throw new ImportProblem('Not imported: the file is empty.');
  // RTF is 7-bit: anything else is escaped, so latin1 reads it byte for byte.
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!source.trimStart().startsWith('{\\rtf')) {
    throw new ImportProblem(`Not imported: ${name} is not an RTF file (it does not start with {\\rtf).`);
  }
  const { paragraphs, info } = rtfText(source);
  const blocks: ReadBlock[] = paragraphs.map((p) =>
    p.heading ? { text: p.text, kind: 'heading' } : { text: p.text },
  );
  if (blocks.length === 0) throw new ImportProblem(`Not imported: ${name} holds no text.`);
  const exported = splitNewsExport(blocks);
  if (exported) return exported;
  const meta: ReadMeta = {};
  const origins: Partial<Record<keyof ReadMeta, FieldOrigin>> = {};
  if (info.title) [meta.title, origins.title] = [info.title, 'meta-tag'];
  if (info.author && !/^(admin|user|owner|unknown)$/i.test(info.author))
    [meta.author, origins.author] = [info.author, 'meta-tag'];
  firstHeadingAsTitle(blocks, meta.title !== undefined);
  return [{ blocks, meta, origins, raw: blocks.map((block) => block.text).join('\n\n') }];
};
