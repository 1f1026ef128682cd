import { tokenize } from '../../shared/text/tokenize';
import { indexEntry, type IndexEntry } from '../search/searchIndex';
import type { NewDocument } from '../documents/documentStore';
import { minhashSignature } from '../documents/minhashSignature';
import { readQuotes, type QuoteReading } from '../quotes/storeQuoteSuggestions';
import type { SourceFile } from './collectFiles';
import { prepareFile } from './prepareFile';

/** A document ready to write, with the quotations and entities found in it. */
export interface ReadyDocument {
  doc: NewDocument;
  /** Null when they are read later (the second phase of a large import, see readPendingQuotations). */
  quotes: QuoteReading | null;
  /** The search index entry (folded words, stems), so the writing thread only writes. */
  index: IndexEntry;
  /** The MinHash signature stories are grouped by. */
  minhash: Uint32Array;
}

/** One file's documents ready to write, or what is wrong with it. */
export type ReadyFile = { documents: ReadyDocument[]; warnings?: string[] } | { problem: string };

/**
 * All the work of importing one file that needs no database: read, analyse, detect quotations
 * (unless `quotes` is false: then they are read after the documents are searchable), fold the
 * text for the index, sign it for story grouping.
 * Runs in an import worker (or in-thread for small imports); its result crosses threads as
 * plain data.
 */
export async function prepareForImport(
  file: SourceFile,
  importedAt: string,
  quotes = true,
): Promise<ReadyFile> {
  const prepared = await prepareFile(file, importedAt);
  if ('problem' in prepared) return prepared;
  const documents = prepared.documents.map((doc) => {
    // The body's words once, for the quotations and the index alike.
    const words = tokenize(doc.body);
    return {
      doc,
      quotes: quotes ? readQuotes(doc.body, words) : null,
      index: indexEntry(doc.title, doc.body, doc.language, words),
      minhash: minhashSignature(doc.body),
    };
  });
  return prepared.warnings ? { documents, warnings: prepared.warnings } : { documents };
}
