import type { FormatReader } from '../ReadDocument';
import { readDocxFile } from './docxReader';
import { readEmlFile, readMboxFile, readMhtmlFile } from './emailReader';
import { readEpubFile } from './epubReader';
import { readHtmlFile } from './htmlReader';
import { readOdtFile } from './odtReader';
import { readPdfFile } from './pdfReader';
import { readRtfFile } from './rtfReader';
import { readMarkdownFile, readTextFile } from './textReaders';
import { readZipFile } from './zipReader';

/**
 * One reader per file extension (lower case, with the dot). The format name is stored with each
 * document (`documents.format`). Add a format here and nowhere else: collectFiles and prepareFile
 * read this table.
 */
export const READERS: Record<string, { format: string; read: FormatReader }> = {
  '.txt': { format: 'txt', read: readTextFile },
  '.text': { format: 'txt', read: readTextFile },
  '.md': { format: 'md', read: readMarkdownFile },
  '.markdown': { format: 'md', read: readMarkdownFile },
  '.html': { format: 'html', read: readHtmlFile },
  '.htm': { format: 'html', read: readHtmlFile },
  '.xhtml': { format: 'html', read: readHtmlFile },
  '.shtml': { format: 'html', read: readHtmlFile },
  '.pdf': { format: 'pdf', read: readPdfFile },
  '.docx': { format: 'docx', read: readDocxFile },
  '.rtf': { format: 'rtf', read: readRtfFile },
  '.odt': { format: 'odt', read: readOdtFile },
  '.epub': { format: 'epub', read: readEpubFile },
  '.eml': { format: 'eml', read: readEmlFile },
  '.mbox': { format: 'mbox', read: readMboxFile },
  '.mhtml': { format: 'html', read: readMhtmlFile },
  '.mht': { format: 'html', read: readMhtmlFile },
  '.zip': { format: 'zip', read: readZipFile },
};

/** The reader for a file name, or undefined when Lectern does not read that format. */
export function readerFor(fileName: string): { format: string; read: FormatReader } | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : READERS[fileName.slice(dot).toLowerCase()];
}
