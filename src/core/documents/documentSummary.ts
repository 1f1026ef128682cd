/** The columns of a DocumentSummary, for every query that lists documents. */
export const SUMMARY_COLUMNS =
  'id, title, title_origin, published_at, source, author, language, place, word_count, imported_at, origin_path, url, section, story_id';
