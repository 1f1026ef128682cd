import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { NewDocument } from '../documents/documentStore';
import { analyzeDocument } from './analyzeDocument';
import { TEXT_FORMATS, type SourceFile } from './collectFiles';
import { decodeText } from './decodeText';
import { readMarkdown } from './readMarkdown';
import { readText } from './readText';

const MAX_FILE_BYTES = 100 * 1024 * 1024;
const READERS = { txt: readText, md: readMarkdown };

/**
 * Reads, decodes and analyses one file into a document ready to insert, or explains what is
 * wrong with it and what to do. Pure with respect to the database.
 */
export function prepareFile(file: SourceFile, importedAt: string): NewDocument | { problem: string } {
  const extension = extname(file.name).toLowerCase();
  const format = TEXT_FORMATS[extension];
  if (!format) {
    const what = extension ? `${extension} files are` : 'Files without an extension are';
    return {
      problem: `${what} not supported yet. Lectern imports .txt and .md files; save or export the document as plain text (.txt) and import that.`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = file.read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { problem: `The file cannot be read (${code}). Check that it exists and that you may read it.` };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      problem: `The file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; Lectern imports text files up to 100 MB. Split it into smaller files.`,
    };
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { problem: `Not imported: ${decoded.problem}.` };
  const raw = decoded.text.replace(/^\uFEFF/, '');
  const analyzed = analyzeDocument(READERS[format](raw), file.name.replace(/\.[^.]+$/, ''));
  if (analyzed.body.trim() === '' && analyzed.boilerplate.length === 0) {
    return { problem: 'Not imported: no readable text was found in it.' };
  }
  return {
    ...analyzed,
    raw,
    format,
    content_hash: contentHash(raw),
    origin_path: file.path ?? file.name,
    imported_at: importedAt,
  };
}

/** Same text, same hash — whatever the line endings or trailing white space. */
export function contentHash(text: string): string {
  const normalized = text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
  return createHash('sha256').update(normalized).digest('hex');
}
