/**
 * The contract every format reader meets (readers/ one per format: txt, md, html, pdf, docx, …):
 * bytes of one file in, one or more documents out (a news-database export holds many articles).
 * The analysis (analyzeDocument) turns each ReadDocument into a stored document; it finds what the
 * format does not state (dates in datelines, bylines, language) and keeps every field's origin.
 */

import type { FieldOrigin } from '../../shared/model';

/** Where a metadata field came from (defined in shared/model so the Details pane shares it). */
export type { FieldOrigin };

export interface ReadMeta {
  title?: string;
  published_at?: string; // ISO, may be partial: 2022, 2022-06, 2022-06-27, --08-21
  author?: string;
  source?: string;
  place?: string;
  language?: string;
  url?: string;
  section?: string;
  word_count?: number;
  /** The text encoding the bytes were decoded from (e.g. "windows-1252"), when it was text. */
  encoding?: string;
}

export interface ReadBlock {
  text: string;
  kind?: 'title' | 'heading';
  /** 1-based page of a paginated source (PDF), so a passage can cite "p. 4". */
  page?: number;
  /** Set aside from the reading text, kept in the original (navigation, comments, share bars …). */
  boilerplate?: string;
}

export interface ReadDocument {
  blocks: ReadBlock[];
  meta: ReadMeta;
  /** Origin of each field of `meta` the reader set; fields without one count as 'meta-tag'. */
  origins?: Partial<Record<keyof ReadMeta, FieldOrigin>>;
  /** The original text of this document as imported (shown by "Show original", hashed for duplicates). */
  raw: string;
  /** A label for the part of the file this document is (e.g. "article 3 of 100"), for reports. */
  part?: string;
  /** Read, but not quite cleanly (bad bytes replaced, the page cut at a size limit …): shown in the report. */
  warnings?: string[];
}

export interface ReaderInput {
  bytes: Uint8Array;
  /** The file's name (not its path): for the title fallback and messages. */
  name: string;
}

/**
 * A reader resolves to the documents of one file, or throws ImportProblem with a message a
 * researcher can act on ("The PDF has no text layer (a scan?) — run OCR first …").
 */
export type FormatReader = (input: ReaderInput) => Promise<ReadDocument[]>;

/** A per-file problem: the file is skipped with this message, the rest of the import goes on. */
export class ImportProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportProblem';
  }
}
