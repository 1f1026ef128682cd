/** Plain, serialisable data shapes shared by core and UI. Offsets are UTF-16 code units into `body`. */

/** ISO 8601 date, possibly partial: `2022`, `2022-06`, `2022-06-27`. */
export type IsoDate = string;

export type SortKey = 'title' | 'published_at' | 'source' | 'language' | 'imported_at';
export type SortDirection = 'asc' | 'desc';

export interface DocumentSummary {
  id: number;
  title: string;
  published_at: IsoDate | null;
  source: string | null;
  author: string | null;
  language: string | null;
  place: string | null;
  /** How the title was found: from the text's own heading, or made from its first sentence. */
  title_origin: 'heading' | 'metadata' | 'first-sentence' | 'file-name';
  word_count: number;
  imported_at: string;
  origin_path: string | null;
}

/** A stretch of the original text set aside as site chrome (cookie notice, share buttons …). */
export interface BoilerplateBlock {
  /** Where in `body` the block stood: the reader shows it collapsed at this offset. */
  at: number;
  text: string;
  /** Why it was set aside, in words a researcher understands ("cookie notice"). */
  reason: string;
}

export interface DocumentDetail extends DocumentSummary {
  /** Clean text, paragraphs separated by a blank line ("\n\n"). */
  body: string;
  /** The text exactly as imported. */
  raw: string;
  boilerplate: BoilerplateBlock[];
  /** Lines that were read as metadata (dateline, byline) and where they stood in the raw text. */
  format: string;
  /** Paragraph ranges in body, with a hint that a short unpunctuated line is a sub-heading. */
  paragraphs: Paragraph[];
}

export interface Paragraph {
  start: number;
  end: number;
  kind: 'paragraph' | 'heading';
}

export interface SearchHit extends DocumentSummary {
  /** A window of body text around the best match. */
  snippet: string;
  /** [start, end) ranges inside `snippet` to highlight. */
  highlights: Array<[number, number]>;
  /** Offset in body of the first match: the reader scrolls there. */
  hit_offset: number;
  /** Matches in body (all terms, folded). */
  hit_count: number;
  /** Higher is better. */
  score: number;
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
  /**
   * Query terms as the engine folded them (Lawrow → lavrov), for highlighting in the reader: a
   * phrase's words joined by spaces, a prefix term ending in `*` — read them with `parseTerms`.
   */
  terms: string[];
  elapsed_ms: number;
}

export type ImportOutcome =
  | { status: 'imported'; file: string; id: number; title: string }
  | { status: 'duplicate'; file: string; existing_id: number | null; message: string }
  | { status: 'failed'; file: string; message: string };

export interface ImportReport {
  imported: number;
  duplicates: number;
  failed: number;
  outcomes: ImportOutcome[];
  elapsed_ms: number;
}

/** A file handed over by content (browser file picker, drag and drop) rather than by path. */
export interface UploadedFile {
  name: string;
  /** The file's bytes, base64-encoded. */
  data_base64: string;
}

export interface ProjectInfo {
  path: string;
  schema_version: number;
  document_count: number;
  app_version: string;
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}
