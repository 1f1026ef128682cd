import { posix } from 'node:path';
import { ImportProblem, type FormatReader, type ReadDocument } from '../ReadDocument';
import { listZip, readZipEntry, ZIP_LIMITS } from './zipEntries';

/** Archives inside archives are read to this depth. */
const MAX_DEPTH = 3;

/**
 * A .zip archive of documents in any format Lectern reads (nested archives too, to a depth of
 * three): each file read by its own reader, its documents labelled with their path in the
 * archive. Zip slip and zip bombs are refused for the whole archive; a file inside that cannot be
 * read is reported as a warning while the others import.
 */
export const readZipFile: FormatReader = async ({ bytes, name }) => {
  const budget = { bytes: 0 };
  const warnings: string[] = [];
  const documents = await readArchive(bytes, name, '', 1, budget, warnings);
  if (documents.length === 0) {
    throw new ImportProblem(
      `Not imported: ${name} holds no file Lectern can read${warnings.length ? ` (${warnings.join('; ')})` : ''}.`,
    );
  }
  if (warnings.length)
    documents[0] = { ...documents[0]!, warnings: [...(documents[0]!.warnings ?? []), ...warnings] };
  return documents;
};

async function readArchive(
  bytes: Uint8Array,
  name: string,
  prefix: string,
  depth: number,
  budget: { bytes: number },
  warnings: string[],
): Promise<ReadDocument[]> {
  const { readerFor } = await import('./index');
  const documents: ReadDocument[] = [];
  for (const entry of listZip(bytes, name)) {
    const base = posix.basename(entry.name);
    if (entry.directory || base.startsWith('.') || entry.name.startsWith('__MACOSX/')) continue;
    const path = prefix + entry.name;
    const nested = /\.zip$/i.test(base);
    const reader = nested ? null : readerFor(base);
    if (!nested && !reader) continue;
    if (nested && depth >= MAX_DEPTH) {
      warnings.push(`${path}: archives nested deeper than ${MAX_DEPTH} levels are not opened`);
      continue;
    }
    budget.bytes += entry.size;
    if (budget.bytes > ZIP_LIMITS.totalBytes) {
      throw new ImportProblem(
        `Not imported: ${name} unpacks to more than ${ZIP_LIMITS.totalBytes / 1024 / 1024} MB with its nested archives (a "zip bomb").`,
      );
    }
    const content = readZipEntry(bytes, entry, name);
    if (nested) {
      documents.push(
        ...(await readArchive(content, `${name}/${entry.name}`, `${path}/`, depth + 1, budget, warnings)),
      );
      continue;
    }
    try {
      const read = await reader!.read({ bytes: content, name: base });
      for (const [i, document] of read.entries()) {
        documents.push({
          ...document,
          part: read.length > 1 ? `${path}, ${document.part ?? `part ${i + 1}`}` : path,
        });
      }
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      warnings.push(`${path}: ${error.message.replace(/^Not imported: /, '')}`);
    }
  }
  return documents;
}
