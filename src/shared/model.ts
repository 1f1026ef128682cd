/** Plain, serialisable data shapes shared by core and UI. Offsets are UTF-16 code units into `body`. */

/** ISO 8601 date, possibly partial: `2022`, `2022-06`, `2022-06-27`, or `--08-21` (year unknown). */
export type IsoDate = string;

/** Where a metadata field came from, shown beside it in the Details pane. */
export type FieldOrigin =
  | 'meta-tag' // <meta name="author">, <html lang>, PDF/DOCX document properties
  | 'opengraph'
  | 'json-ld'
  | 'heading' // the document's own title line or <h1>
  | 'dateline' // "VIENNA, March 3 (Reuters) -", "Baku/27.06.22/Turan:"
  | 'byline' // "By …", "Reporting by …", "Von …", trailing credits, a date line under the title
  | 'first-sentence'
  | 'file-name'
  | 'database-export' // a Nexis/Factiva field (HD, BY, PD, SN, …)
  | 'email-header'
  | 'detected' // language detector, encoding detector
  | 'user'; // edited by the researcher; never overwritten by a re-import

/** The metadata fields a researcher can see, trace and edit. */
export const METADATA_FIELDS = [
  'title',
  'published_at',
  'source',
  'author',
  'place',
  'language',
  'url',
  'section',
] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];
export type FieldOrigins = Partial<Record<MetadataField, FieldOrigin>>;

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
  url: string | null;
  section: string | null;
  /** Documents that tell the same story (reprints, corrected re-posts) share a story id. */
  story_id: number | null;
  /** With one row per story: how many documents (outside the trash) tell this story. */
  story_size?: number;
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
  /** The trash instead of the library. */
  trash?: boolean;
  /** One row per story: reprints and re-posts of one text show as its first document. */
  one_per_story?: boolean;
}

/**
 * One page of a list in its sort order (notes, quotations): the rows, where they start, how many
 * the filter keeps (null when not asked for), and the cursor for the next page (keyset paging).
 */
export interface ListPage<Row> {
  rows: Row[];
  /** Position of the first row in the whole list; null when paged with `after`. */
  offset: number | null;
  /** Rows the filter keeps (an exact count in SQLite); null when not asked for. */
  total: number | null;
  /** Pass as `after` for the next page; null after the last row. */
  next: number | null;
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

/** A per-source decision about one paragraph: learnt from repetition, or the researcher's mark. */
export interface BoilerplateRule {
  id: number;
  source: string;
  text: string;
  verdict: 'boilerplate' | 'content';
  origin: 'learnt' | 'user';
  created_at: string;
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
  /** Where each field came from; fields the researcher edited say 'user'. */
  field_origins: FieldOrigins;
  /** Fields the researcher set, with the value found on import that the edit replaced. */
  user_edits: Partial<
    Record<MetadataField, { found: string | null; found_origin: FieldOrigin | null; at: string }>
  >;
  /** Set when the document is in the trash (ISO time). */
  deleted_at: string | null;
  /** The other documents of the same story (reprints by other outlets, corrected re-posts). */
  same_story: Array<Pick<DocumentSummary, 'id' | 'title' | 'source' | 'published_at'>>;
}

export interface Paragraph {
  start: number;
  end: number;
  kind: 'paragraph' | 'heading';
  /** The page it starts on, in a paginated source (PDF): a passage cites "p. 4". */
  page?: number;
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
  /** The document is very long: matches were counted (and the snippet cut) in its first part only. */
  hit_count_partial?: boolean;
}

/** A note that matches the search, shown beside the documents and marked as a note. */
export interface NoteSearchHit {
  id: number;
  title: string;
  snippet: string;
  highlights: Array<[number, number]>;
  updated_at: string;
}

/** A search the researcher saved in the project (the search box's ★, `lectern search --saved NAME`). */
export interface SavedSearch {
  id: number;
  /** Unique in any case; the query itself unless named otherwise. */
  name: string;
  query: string;
  created_at: string;
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
  /** Where this page starts among all matching documents. */
  offset: number;
  sort: 'rank' | 'date';
  /** Matching notes (first page only; none when filters narrow the search to documents). */
  notes: NoteSearchHit[];
  /**
   * Set when "Best match" was asked for but the query's words are in most documents (BM25 gives
   * such words no weight, and ranking every match would stall the search): the results are then
   * newest first, and `share` says what fraction of the documents match.
   */
  unranked?: { share: number };
}

/** One count beside the results: a value of a facet and how many matching documents have it. */
export interface FacetCount {
  /** The value to filter by (`de`, `Reuters`, `2022-06`, a tag's path); '' for documents without one. */
  value: string;
  label: string;
  count: number;
  /** The filter that narrows the search to this value, e.g. `lang:de` or `date:2022-06`. */
  filter: string;
}

export interface SearchFacets {
  total: number;
  language: FacetCount[];
  source: FacetCount[];
  year: FacetCount[];
  month: FacetCount[];
  tag: FacetCount[];
  elapsed_ms: number;
}

/** One occurrence in context: left | hit | right, as in a concordance. */
export interface KwicLine {
  document_id: number;
  title: string;
  published_at: IsoDate | null;
  source: string | null;
  left: string;
  hit: string;
  right: string;
  /** Offset of the hit in the document's body. */
  start: number;
  end: number;
}

export interface KwicResult {
  query: string;
  lines: KwicLine[];
  /** Documents the lines come from, and whether the line limit cut the list short. */
  documents: number;
  truncated: boolean;
  elapsed_ms: number;
}

export type ImportOutcome =
  | { status: 'imported'; file: string; id: number; title: string; warning?: string }
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
  /**
   * A large import returns once its documents are searchable; the quotations and entities of
   * this many documents are then read in the background (progress: `on-import-progress` with
   * phase 'quotations'; `quotations-catch-up` waits for them).
   */
  quotations_pending?: number;
}

/** The reading of quotations and entities of documents lacking them (`quotations-catch-up`). */
export interface QuotationsReport {
  /** Documents read in this run. */
  read: number;
  /** Documents still lacking them (a cancel, or documents added meanwhile). */
  pending: number;
  /** Since the run began (it may have begun before this request joined it). */
  elapsed_ms: number;
  cancelled?: boolean;
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
  /**
   * 'reading': files are read and written (they become searchable); 'quotations': the
   * quotations and entities of the documents written are found (a large import's second phase,
   * where `done`/`total` count documents). Absent means 'reading'.
   */
  phase?: 'reading' | 'quotations';
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
  /** The phase has ended (complete, or cancelled with `done` < `total`); its last event. */
  finished?: boolean;
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
  /** Only passages in the documents a search matches (the scope of a chart). */
  query?: string;
  /** Only passages in documents of this language ('' = documents without one). */
  language?: string;
  /**
   * With tag_id: only passages of the tag coded together with `tag_id` here (on overlapping text,
   * in one paragraph or in one document), and that tag's passages coded together with it.
   */
  with_tag?: { tag_id: number; scope: 'overlap' | 'paragraph' | 'document' };
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
  /** The sieve that attributed it ("after:name", "colon:pronoun", "continues"), or null (older rows). */
  sieve?: string | null;
}

/** A page of quotations, with how many of the same filter are open, accepted and dismissed. */
export interface QuotePage extends ListPage<QuoteSuggestion> {
  /** Null when not asked for (`count: false`). */
  counts: Record<QuoteSuggestion['status'], number> | null;
}

export interface Speaker {
  /** Which person this row is (an entity or a folded name): pass as `after` to page on. */
  key: string;
  /** The spelling used most often. */
  speaker: string;
  /** Other spellings grouped under it (Sergei Lavrov, Sergej Lawrow). */
  aliases: string[];
  /** Accepted quotations (passages of kind quote). */
  quotes: number;
  /** Open suggestions proposing this speaker. */
  suggested: number;
  documents: number;
  /** The entity the speaker is (merges, renames and linked roles follow it), when indexed. */
  entity_id?: number | null;
}

/** A page of the speakers list (grouped, sorted and filtered in SQLite); `next` is a row's `key`. */
export interface SpeakerPage extends Omit<ListPage<Speaker>, 'next'> {
  next: string | null;
}

export type EntityKind = 'person' | 'organisation' | 'place';

/** A person, organisation or place of the entity index, with its counts across the corpus. */
export interface EntitySummary {
  id: number;
  kind: EntityKind;
  name: string;
  /** Other spellings (languages, scripts, the researcher's merges), the name excluded. */
  aliases: string[];
  /** Roles linked to the person ("Russian Foreign Minister"). */
  roles: string[];
  documents: number;
  mentions: number;
  /** Accepted quotations whose speaker is this entity (by any alias). */
  quotes: number;
  /** Open suggestions naming it. */
  suggested: number;
}

export interface EntityPage {
  total: number;
  items: EntitySummary[];
}

/** Two entities that look like one misspelt (Sregey Lavrov ~ Sergey Lavrov): offered, never applied. */
export interface EntityMergeProposal {
  keep: { id: number; name: string };
  other: { id: number; name: string };
  /** Edits between the two folded names. */
  distance: number;
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

export type NotePage = ListPage<NoteSummary>;

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

// ——— Interchange: REFI-QDA, tables, merge and agreement ———

/** What a REFI-QDA export (.qdpx or .qdc) wrote. */
export interface RefiExportReport {
  /** Where it was written; null when the bytes came back instead. */
  out_path: string | null;
  file_name: string;
  /** The file itself (base64), when no out_path was given. */
  data_base64: string | null;
  sources: number;
  codes: number;
  selections: number;
  notes: number;
  bytes: number;
  elapsed_ms: number;
}

/** What an import brought in, and everything it could not carry over (each with why). */
export interface RefiImportReport {
  file: string;
  origin: string;
  documents: number;
  /** Sources whose text was already in the project: their codings went onto that document. */
  documents_matched: number;
  tags: number;
  tags_matched: number;
  passages: number;
  notes: number;
  coders: number;
  /** How `\r\n` in source texts was counted, when any source had one. */
  line_breaks: 'one' | 'two' | null;
  /** Problems of the file that did not stop the import (schema validity), first few. */
  warnings: string[];
  /** What was left out, in words a researcher can act on. */
  not_carried_over: string[];
  elapsed_ms: number;
}

/** A table written out: where, how many rows; the bytes themselves (base64) when no path was given. */
export interface TableExport {
  out_path: string | null;
  file_name: string;
  rows: number;
  bytes: number;
  data_base64: string | null;
}

/** What merging a colleague's copy added. */
export interface MergeReport {
  file: string;
  /** The coder the colleague's passages belong to in this project. */
  coder: { id: number; name: string };
  documents_added: number;
  documents_matched: number;
  tags_added: number;
  tags_matched: number;
  passages_added: number;
  passages_already_here: number;
  not_merged: string[];
  elapsed_ms: number;
}

export interface Coder {
  id: number;
  name: string;
  passages: number;
}

/** A 2 × 2 table of two coders' decisions over units, with percent agreement and Cohen's kappa. */
export interface AgreementFigures {
  /** Units compared (documents, segments or characters). */
  n: number;
  both: number;
  only_a: number;
  only_b: number;
  neither: number;
  /** Percent of units where the coders agree (both or neither); null with no units. */
  percent: number | null;
  /** Cohen's kappa; null when undefined (every unit decided alike by chance alone). */
  kappa: number | null;
}

export interface TagAgreement {
  tag_id: number;
  tag_path: string;
  document: AgreementFigures;
  segment: AgreementFigures;
  character: AgreementFigures;
  /** Krippendorff's alpha over character positions (nominal, two coders). */
  alpha: number | null;
}

export interface DisagreementSide {
  passage_id: number;
  start: number;
  end: number;
  exact: string;
}

export interface AgreementReport {
  coder_a: { id: number; name: string };
  coder_b: { id: number; name: string };
  /** Documents both coders coded: the units of comparison come from these. */
  documents: number;
  tags: TagAgreement[];
  overall: Omit<TagAgreement, 'tag_id' | 'tag_path'>;
  /** Passages one coder coded and the other did not code identically, with the other's nearest overlap. */
  disagreements: Array<{
    tag_id: number;
    tag_path: string;
    document_id: number;
    document_title: string;
    a: DisagreementSide | null;
    b: DisagreementSide | null;
  }>;
}

/** A verified copy of the project, in the folder beside it (`<project>-backups/`). */
export interface Backup {
  /** The file name, which is also its id for `backups-restore`. */
  file: string;
  path: string;
  created_at: string;
  /** Why it was made: daily, manual, before-v5 (an upgrade), before-restore. */
  reason: string;
  bytes: number;
}

export interface BackupList {
  dir: string;
  /** How many backups are kept; older ones are deleted when a new one is made. */
  keep: number;
  backups: Backup[];
}

/** A deleted tag in the codebook's trash: restorable, also after a restart. */
export interface TrashedTag {
  /** The trash entry's id, for `tags-trash-restore`. */
  id: number;
  /** The id the tag had. */
  tag_id: number;
  name: string;
  /** How many tags (it and its sub-tags) and codings come back with it. */
  tags: number;
  codings: number;
  deleted_at: string;
}

/** A project file, as the Projects menu lists it. */
export interface ProjectFile {
  path: string;
  /** The file name without .lectern. */
  name: string;
  exists: boolean;
  bytes: number | null;
  modified: string | null;
  /** The project the engine has open. */
  current: boolean;
}
