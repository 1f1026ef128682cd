import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { NewDocument } from '../documents/documentStore';
import { analyzeDocument } from './analyzeDocument';
import type { SourceFile } from './collectFiles';
import { ImportProblem } from './ReadDocument';
import { READERS, readerFor } from './readers';

const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type PreparedFile = { documents: NewDocument[]; warnings?: string[] } | { problem: string };

/**
 * Reads and analyses one file into the documents it holds (one, or many for a news-database
 * export), ready to insert — or explains what is wrong with it and what to do. Pure with respect
 * to the database.
 */
export async function prepareFile(file: SourceFile, importedAt: string): Promise<PreparedFile> {
  const reader = readerFor(file.name);
  if (!reader) {
    const extension = extname(file.name).toLowerCase();
    if (extension === '.qdpx' || extension === '.qdc') {
      return {
        problem: `This is a REFI-QDA ${extension === '.qdpx' ? 'project' : 'codebook'} from a QDA program: bring it in with Export ▸ Import a .qdpx or .qdc (or \`lectern import ${file.name}\`), which keeps its codes and coded passages.`,
      };
    }
    const what = extension ? `${extension} files are` : 'Files without an extension are';
    const known = Object.keys(READERS).join(', ');
    return {
      problem: `${what} not supported. Lectern imports ${known}; save or export the document in one of those formats and import that.`,
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
      problem: `The file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; Lectern imports files up to 100 MB. Split it into smaller files.`,
    };
  }
  let reads;
  try {
    reads = await reader.read({ bytes, name: file.name });
  } catch (error) {
    if (error instanceof ImportProblem) return { problem: error.message };
    return { problem: `Not imported: the ${reader.format} reader failed (${(error as Error).message}).` };
  }
  const baseName = file.name.replace(/\.[^.]+$/, '');
  const documents: NewDocument[] = [];
  const warnings = new Set<string>();
  for (const read of reads) {
    for (const warning of read.warnings ?? []) warnings.add(warning);
    let analyzed;
    try {
      analyzed = analyzeDocument(read, baseName);
    } catch (error) {
      // One file that trips the analysis is reported by name; it never aborts the batch.
      return { problem: `Not imported: its text could not be analysed (${(error as Error).message}).` };
    }
    if (analyzed.body.trim() === '' && analyzed.boilerplate.length === 0) continue;
    documents.push({
      ...analyzed,
      raw: read.raw,
      format: reader.format,
      content_hash: contentHash(read.raw),
      // An upload has no path on this machine: storing its name would let a re-import read
      // whatever file of that name sits in the engine's working folder.
      origin_path: file.path,
      imported_at: importedAt,
    });
  }
  if (documents.length === 0) return { problem: 'Not imported: no readable text was found in it.' };
  return warnings.size > 0 ? { documents, warnings: [...warnings] } : { documents };
}

/** Same text, same hash — whatever the line endings or trailing white space. */
export function contentHash(text: string): string {
  const normalized = text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
  return createHash('sha256').update(normalized).digest('hex');
}
