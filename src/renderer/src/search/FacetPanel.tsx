import { useState } from 'react';
import type { FacetCount, SearchFacets } from '../../../shared/model';

interface Props {
  facets: SearchFacets | null;
  /** Adds a filter (`lang:de`, `date:2022-06` …) to the query. */
  onRefine(filter: string): void;
}

const GROUPS: Array<{ key: keyof Omit<SearchFacets, 'total' | 'elapsed_ms'>; label: string }> = [
  { key: 'language', label: 'Language' },
  { key: 'source', label: 'Source' },
  { key: 'year', label: 'Year' },
  { key: 'month', label: 'Month' },
  { key: 'tag', label: 'Tag' },
];
const SHOWN = 6;

/** Counts of the matching documents by language, source, year, month and tag; a click narrows the search. */
export function FacetPanel({ facets, onRefine }: Props) {
  const [open, setOpen] = useState<Record<string, boolean>>({});
  if (!facets) return null;
  const groups = GROUPS.map((group) => ({ ...group, counts: facets[group.key] })).filter(
    // A facet with a single value narrows nothing; months only when there are few enough to read.
    (group) => group.counts.length > 1 && (group.key !== 'month' || group.counts.length <= 24),
  );
  if (groups.length === 0) return null;
  return (
    <section className="facets" aria-label="Refine the search">
      {groups.map((group) => {
        const all = open[group.key] ?? false;
        const counts = all ? group.counts : group.counts.slice(0, SHOWN);
        return (
          <div className="facet" key={group.key} role="group" aria-label={group.label}>
            <span className="facet-label">{group.label}</span>
            {counts.map((count) => (
              <FacetChip key={count.value} count={count} onRefine={onRefine} />
            ))}
            {group.counts.length > SHOWN ? (
              <button
                type="button"
                className="facet-more"
                onClick={() => setOpen((state) => ({ ...state, [group.key]: !all }))}
              >
                {all ? 'fewer' : `+${group.counts.length - SHOWN}`}
              </button>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}

function FacetChip({ count, onRefine }: { count: FacetCount; onRefine(filter: string): void }) {
  return (
    <button
      type="button"
      className="facet-chip"
      disabled={count.filter === ''}
      title={count.filter ? `Only these: ${count.filter}` : undefined}
      onClick={() => onRefine(count.filter)}
    >
      <span className="facet-value">{count.label}</span>
      <span className="facet-count">{count.count.toLocaleString()}</span>
    </button>
  );
}
