import { toCsv } from '../csv';
import type { KwicLine } from '../model';

/** A concordance as CSV, one line per occurrence, as the KWIC view and `lectern search --kwic --csv` export it. */
export function kwicCsv(lines: readonly KwicLine[]): string {
  return toCsv(
    ['document_id', 'title', 'published_at', 'source', 'left', 'hit', 'right', 'start', 'end'],
    lines.map((line) => [
      line.document_id,
      line.title,
      line.published_at,
      line.source,
      line.left,
      line.hit,
      line.right,
      line.start,
      line.end,
    ]),
  );
}
