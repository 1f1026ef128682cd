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
/** Narrows the library; every part optional, all given parts must hold. */
export interface DocumentFilter {
  /** Text the title contains (case-insensitive for Latin letters). */
  text?: string;
  source?: string;
  language?: string;
  /** Only these documents (e.g. the ones an import just added). */
  ids?: number[];
}

/** One page of the library in its sort order, with the count of every document the filter keeps. */
export interface DocumentPage {
  rows: DocumentSummary[];
  /** Position of the first row in the whole sorted list; null when paged with `after`. */
  offset: number | null;
  /** Documents the filter keeps (exact: a count over an index); null when not asked for. */
  total: number | null;
  /** Pass as `after` for the next page (keyset paging); null after the last row. */
  next: number | null;
}

/** The shape of the corpus at a glance, computed in SQLite (never over a list of every document). */
export interface DocumentOverview {
  documents: number;
  words: number;
  dated: number;
  /** Every language and every source with its count, most frequent first (null: none found). */
  languages: Array<{ value: string | null; count: number }>;
  sources: Array<{ value: string | null; count: number }>;
}

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
  /** True when the user cancelled: what is reported landed, the files after it were not read. */
  cancelled?: boolean;
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
  /** Files read so far, of `total`. */
  done: number;
  total: number;
  file: string;
  /** Documents written so far in this import. */
  imported?: number;
  /** Files per second over the import so far; null until there is a measure. */
  rate?: number | null;
  /** Seconds left at that rate; null until there is a measure. */
  eta_s?: number | null;
}

// ——— Coding: codebook, passages, quotes ———

export interface Tag {
  id: number;
  parent_id: number | null;
  name: string;
  /** CSS hex colour, e.g. #d9480f. */
  color: string;
  memo: string;
  sort: number;
  /** Passages carrying this tag itself. */
  count: number;
  /** Passages carrying this tag or any of its descendants (each passage once). */
  total: number;
}

export type PassageKind = 'quote' | 'highlight';

/**
 * A coded stretch of a document, anchored W3C-style: offsets (TextPosition) plus the exact text
 * and a little context on each side (TextQuote), so it can be found again if the text changes.
 */
export interface Passage {
  id: number;
  document_id: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: PassageKind;
  speaker: string | null;
  memo: string;
  /** `orphaned`: the text it was anchored to is gone; `exact` keeps what it said. */
  status: 'anchored' | 'orphaned';
  tag_ids: number[];
  created_at: string;
  updated_at: string;
}

/** A passage as the passage browser lists it: with its document and the words around it. */
export interface PassageRow extends Passage {
  document_title: string;
  document_source: string | null;
  document_published_at: IsoDate | null;
  context_before: string;
  context_after: string;
}

export interface PassageFilter {
  tag_id?: number;
  /** With tag_id: include passages of the tag's descendants (default true). */
  include_subtags?: boolean;
  speaker?: string;
  kind?: PassageKind;
  document_id?: number;
  source?: string;
  date_from?: IsoDate;
  date_to?: IsoDate;
  status?: 'anchored' | 'orphaned';
}

export interface PassagePage {
  total: number;
  offset: number;
  passages: PassageRow[];
}

/** A quotation Lectern found in a text, with the speaker it proposes. */
export interface QuoteSuggestion {
  id: number;
  document_id: number;
  start: number;
  end: number;
  exact: string;
  /** Proposed speaker, or the researcher's correction once accepted. */
  speaker: string | null;
  evidence: string | null;
  confidence: 'high' | 'medium' | 'low';
  status: 'open' | 'accepted' | 'dismissed';
  passage_id: number | null;
  document_title: string;
}

export interface Speaker {
  /** The spelling used most often. */
  speaker: string;
  /** Other spellings grouped under it (Sergei Lavrov, Sergej Lawrow). */
  aliases: string[];
  /** Accepted quotations (passages of kind quote). */
  quotes: number;
  /** Open suggestions proposing this speaker. */
  suggested: number;
  documents: number;
}

/** What Ctrl+Z / Ctrl+Shift+Z would do next. */
export interface UndoState {
  can_undo: boolean;
  can_redo: boolean;
  undo_label: string | null;
  redo_label: string | null;
}

export type AutocodeScope = 'match' | 'sentence' | 'paragraph';

export interface AutocodeHit {
  document_id: number;
  document_title: string;
  start: number;
  end: number;
  text: string;
  /** True when an existing passage already covers this range with the tag. */
  already_coded: boolean;
}

export interface ReanchorReport {
  document_id: number;
  kept: number;
  moved: number;
  orphaned: number;
}

// ——— Notes: analysis written in Lexical, with live quotes and links ———

export interface NoteSummary {
  id: number;
  title: string;
  created_at: string;
  updated_at: string;
  /** Set while the note is in the trash. */
  deleted_at: string | null;
  /** The opening words, or the words around a search match. */
  excerpt: string;
  word_count: number;
}

export interface Note extends NoteSummary {
  /** Lexical's serialized editor state (JSON text), the source of truth. */
  lexical_json: string;
  /** The newest revision, for "restore" and for detecting concurrent edits. */
  revision_id: number | null;
}

export interface NoteRevision {
  id: number;
  note_id: number;
  title: string;
  created_at: string;
  word_count: number;
  excerpt: string;
}

/** A note that links to something (another note, a document, a passage, a tag), with the words around the link. */
export interface Backlink {
  note_id: number;
  note_title: string;
  context: string;
  kind: 'note' | 'document' | 'passage' | 'tag';
}

export interface LinkTarget {
  kind: 'note' | 'document';
  id: number;
  title: string;
  /** Date or source, to tell similar titles apart in the autocomplete. */
  hint: string | null;
}

/** What a quote embed shows, read live from its passage; `status: 'deleted'` when the passage is gone. */
export interface PassageCitation {
  passage_id: number;
  status: 'anchored' | 'orphaned' | 'deleted';
  exact: string;
  speaker: string | null;
  document_id: number | null;
  document_title: string | null;
  source: string | null;
  published_at: IsoDate | null;
}

export interface MarkdownExportOptions {
  /** `[[Note title]]` (Obsidian) or relative `Note title.md` links. */
  links: 'wiki' | 'relative';
  /** Also write each cited document as Markdown with block ids (^p12), and link quotes to them. */
  with_sources?: boolean;
}

export interface MarkdownExportReport {
  out_dir: string;
  files: string[];
  notes: number;
  sources: number;
  elapsed_ms: number;
}
