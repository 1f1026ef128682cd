import type { DocumentSummary } from '../../../shared/model';

/** What the passage browser's list can be narrowed to, besides its tag, speaker or orphans. */
export interface Filters {
  document_id?: number;
  source?: string;
  date_from?: string;
  date_to?: string;
}

interface Props {
  filters: Filters;
  onFilters(update: (old: Filters) => Filters): void;
  /** Offered only for a tag that has sub-tags. */
  subtags: { include: boolean; onChange(include: boolean): void } | null;
  documents: readonly DocumentSummary[];
  sources: readonly string[];
}

/** True when any filter narrows the list (so "Clear filters" and its empty state apply). */
export function isFiltered(filters: Filters): boolean {
  return Object.values(filters).some((value) => value !== undefined && value !== '');
}

/** The row of filters under the browser's title: sub-tags, document, source, date range. */
export function BrowserFilters({ filters, onFilters, subtags, documents, sources }: Props) {
  return (
    <div className="browser-filters" role="group" aria-label="Filters">
      {subtags ? (
        <label className="check">
          <input
            type="checkbox"
            checked={subtags.include}
            onChange={(event) => subtags.onChange(event.target.checked)}
          />
          Include sub-tags
        </label>
      ) : null}
      <select
        aria-label="Document"
        value={filters.document_id ?? ''}
        onChange={(event) =>
          onFilters((f) => ({
            ...f,
            document_id: event.target.value ? Number(event.target.value) : undefined,
          }))
        }
      >
        <option value="">All documents</option>
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title.length > 60 ? `${d.title.slice(0, 58)}…` : d.title}
          </option>
        ))}
      </select>
      <select
        aria-label="Source"
        value={filters.source ?? ''}
        onChange={(event) => onFilters((f) => ({ ...f, source: event.target.value || undefined }))}
      >
        <option value="">All sources</option>
        {sources.map((source) => (
          <option key={source} value={source}>
            {source}
          </option>
        ))}
      </select>
      <label className="date-filter">
        From
        <input
          type="date"
          aria-label="From date"
          value={filters.date_from ?? ''}
          onChange={(event) => onFilters((f) => ({ ...f, date_from: event.target.value || undefined }))}
        />
      </label>
      <label className="date-filter">
        to
        <input
          type="date"
          aria-label="To date"
          value={filters.date_to ?? ''}
          onChange={(event) => onFilters((f) => ({ ...f, date_to: event.target.value || undefined }))}
        />
      </label>
      {isFiltered(filters) ? (
        <button type="button" className="link-button" onClick={() => onFilters(() => ({}))}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
