import { ImportProblem, type FieldOrigin, type FormatReader, type ReadMeta } from '../ReadDocument';
import { htmlBlocks } from './htmlBlocks';
import { splitNewsExport } from './newsExport';
import { firstHeadingAsTitle } from './titleBlock';
import { xmlElementText } from './xmlText';
import { listZip, readZipEntry } from './zipEntries';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * A Word document (.docx) through mammoth: paragraphs, with Word's heading styles as headings,
 * lists and tables as text; title and author from the document properties. A Nexis Uni DOCX
 * export is split into its articles. Every part is checked against the zip-bomb limits first.
 */
export const readDocxFile: FormatReader = async ({ bytes, name }) => {
  if (bytes.length === 0) throw new ImportProblem('Not imported: the file is empty.');
  if (OLE_MAGIC.every((byte, i) => bytes[i] === byte)) {
    // Word saves a password-protected .docx as an encrypted compound file, not a zip.
    throw new ImportProblem(
      `Not imported: ${name} is protected by a password (or is an old binary .doc renamed). Open it in Word, remove the password or use "Save As" → Word Document (.docx), and import that.`,
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ImportProblem(
      `Not imported: ${name} is not a Word document (a .docx is a zip archive, and this is not one).`,
    );
  }
  const entries = listZip(bytes, name);
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    // Every XML part is inflated here within the limits; images are never read.
    if (!entry.directory && /\.(xml|rels)$/i.test(entry.name))
      parts.set(entry.name, readZipEntry(bytes, entry, name));
  }
  if (!parts.has('word/document.xml')) {
    throw new ImportProblem(
      `Not imported: ${name} is a zip archive but not a Word document (it has no word/document.xml).`,
    );
  }
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    throw new ImportProblem(
      `Not imported: ${name} is damaged and cannot be read as a Word document (${(error as Error).message}).`,
    );
  }
  const blocks = htmlBlocks(html).blocks;
  const exported = splitNewsExport(blocks);
  if (exported) return exported;
  const meta: ReadMeta = {};
  const origins: Partial<Record<keyof ReadMeta, FieldOrigin>> = {};
  const core = parts.get('docProps/core.xml')?.toString('utf8');
  if (core) {
    const title = xmlElementText(core, 'dc:title');
    if (title && !/^(untitled|document\d*|dokument\d*)$/i.test(title)) {
      meta.title = title;
      origins.title = 'meta-tag';
    }
    const author = xmlElementText(core, 'dc:creator');
    if (author && !/^(admin|user|owner|unknown|microsoft office user|windows user)$/i.test(author)) {
      meta.author = author;
      origins.author = 'meta-tag';
    }
  }
  firstHeadingAsTitle(blocks, meta.title !== undefined);
  return [{ blocks, meta, origins, raw: blocks.map((block) => block.text).join('\n\n') }];
};
