/** Results of the analysis views (frequency over time, code matrices, co-occurrence, word lists). Plain data. */

import type { PassageFilter } from './model';

/**
 * What a cell or point of a chart opens: documents through a search query, one document, or the
 * passage browser over exactly the passages the figure counts (`query` then finds their documents).
 */
export type Drill = { query: string } | { document_id: number } | PassageDrill;

export interface PassageDrill {
  passages: PassageFilter & { tag_id: number };
  /** What the passages are, for the browser's heading: "Reuters · 2022-06". */
  label: string;
  /** The same documents as a search (for the command line and for "show documents"). */
  query: string;
}

export interface FrequencyRow {
  /** The period: 2022, 2022-06, or the Monday of a week (2022-06-06). */
  period: string;
  /** The split value (a source, a language), or '' when not split. */
  group: string;
  count: number;
  drill: Drill;
}

export interface FrequencyResult {
  by: 'year' | 'month' | 'week';
  split: 'none' | 'source' | 'language';
  /** Documents matching a query, or passages coded with a tag (its sub-tags included). */
  unit: 'documents' | 'passages';
  rows: FrequencyRow[];
  /** Matches without a date precise enough for the period: left out of the chart, counted here. */
  undated: number;
  elapsed_ms: number;
}

export interface MatrixCell {
  tag: string;
  column: string;
  count: number;
  drill: Drill;
}

export interface MatrixResult {
  columns_by: 'document' | 'source' | 'speaker' | 'language';
  /** Tag paths (rows) and column labels, in display order. */
  tags: string[];
  columns: string[];
  /** Passages coded with the tag (and, with `subtags`, its sub-tags: each passage once), per column; zero cells left out. */
  cells: MatrixCell[];
  subtags: boolean;
  elapsed_ms: number;
}

export interface CooccurrencePair {
  a: string;
  b: string;
  count: number;
  drill: Drill;
}

export interface CooccurrenceResult {
  /** overlap: passages that share text (or one passage with both tags); paragraph / document: the same unit holds both. */
  scope: 'overlap' | 'paragraph' | 'document';
  /** Each tag with its number of passages (the network's nodes). */
  tags: Array<{ tag: string; passages: number }>;
  pairs: CooccurrencePair[];
  /** A tag counts its sub-tags' passages (a tag and its own sub-tag are never a pair). */
  subtags: boolean;
  elapsed_ms: number;
}

export interface WordCount {
  /** The most common spelling in the selection. */
  word: string;
  count: number;
  /** Per 10,000 words of the selection. */
  per_10k: number;
  corpus_count: number;
  /** Log-likelihood (G²) of the selection against the rest of the corpus; positive = over-represented. */
  keyness: number;
  drill: Drill;
}

export interface WordsResult {
  /** Documents read for the counts (the best-ranked ones when the selection is larger). */
  documents: number;
  selection_documents: number;
  tokens: number;
  corpus_tokens: number;
  frequent: WordCount[];
  keywords: WordCount[];
  elapsed_ms: number;
}
