import { foldText } from '../../shared/text/foldText';
import type { NewDocument } from '../documents/documentStore';
import { detectQuotes, type DetectedQuote } from '../quotes/detectQuotes';
import type { SourceFile } from './collectFiles';
import { prepareFile } from './prepareFile';

/** A document ready to write, with the quotations found in it. */
export interface ReadyDocument {
  doc: NewDocument;
  quotes: DetectedQuote[];
  /** Title and body folded for the search index, so the writing thread only writes. */
  folded: { title: string; body: string };
}

/** One file's documents ready to write, or what is wrong with it. */
export type ReadyFile = { documents: ReadyDocument[] } | { problem: string };

/**
 * All the work of importing one file that needs no database: read, analyse, detect quotations,
 * fold the text for the index.
 * Runs in an import worker (or in-thread for small imports); its result crosses threads as
 * plain data.
 */
export async function prepareForImport(file: SourceFile, importedAt: string): Promise<ReadyFile> {
  const prepared = await prepareFile(file, importedAt);
  if ('problem' in prepared) return prepared;
  return {
    documents: prepared.documents.map((doc) => ({
      doc,
      quotes: detectQuotes(doc.body),
      folded: { title: foldText(doc.title), body: foldText(doc.body) },
    })),
  };
}
