import type { DocumentSummary, SortDirection } from '../../../shared/model';

export type LibrarySortKey = 'title' | 'published_at' | 'source' | 'language';
export interface LibrarySort {
  key: LibrarySortKey;
  direction: SortDirection;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Sorts a copy of the list. Missing values always go last (an undated article is not "oldest"),
 * and ties fall back to title then id, so the order is stable from one refresh to the next.
 */
export function sortDocuments(documents: readonly DocumentSummary[], sort: LibrarySort): DocumentSummary[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...documents].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (x !== y) {
      if (x === null || x === '') return 1;
      if (y === null || y === '') return -1;
      const order = collator.compare(x, y);
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.title, b.title) || a.id - b.id;
  });
}
