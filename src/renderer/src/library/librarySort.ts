import type { SortDirection } from '../../../shared/model';

export type LibrarySortKey = 'title' | 'published_at' | 'source' | 'language';
/** The library's order; the engine sorts (missing values last, ties by title then id). */
export interface LibrarySort {
  key: LibrarySortKey;
  direction: SortDirection;
}
