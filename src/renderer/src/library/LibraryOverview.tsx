import type { DocumentOverview } from '../../../shared/model';
import './library.css';
import { languageName } from '../app/languageName';

/** Sources shown in the overview; the rest are summed into one line. */
const TOP_SOURCES = 12;

/** What the details pane shows with nothing open: the shape of the corpus at a glance. */
export function LibraryOverview({ overview }: { overview: DocumentOverview | null }) {
  if (!overview) return <div className="pane-scroll details-scroll" aria-busy="true" />;
  const languages = overview.languages.map(
    ({ value, count }) => [languageName(value) ?? value ?? 'Unknown', count] as [string, number],
  );
  const sources = overview.sources
    .slice(0, TOP_SOURCES)
    .map(({ value, count }) => [value ?? 'No source found', count] as [string, number]);
  const rest = overview.sources.slice(TOP_SOURCES);
  if (rest.length > 0)
    sources.push([
      `${rest.length.toLocaleString('en')} other sources`,
      rest.reduce((sum, { count }) => sum + count, 0),
    ]);
  return (
    <div className="pane-scroll details-scroll">
      <dl className="details-list">
        <div className="details-row">
          <dt>Documents</dt>
          <dd>{overview.documents.toLocaleString('en')}</dd>
        </div>
        <div className="details-row">
          <dt>Words</dt>
          <dd>{overview.words.toLocaleString('en')}</dd>
        </div>
        <div className="details-row">
          <dt>Dated</dt>
          <dd>
            {overview.dated.toLocaleString('en')} of {overview.documents.toLocaleString('en')}
          </dd>
        </div>
      </dl>
      <Breakdown title="Languages" counts={languages} />
      <Breakdown title="Sources" counts={sources} />
    </div>
  );
}

function Breakdown({ title, counts }: { title: string; counts: Array<[string, number]> }) {
  if (counts.length === 0) return null;
  const max = Math.max(...counts.map(([, n]) => n));
  return (
    <section className="details-section">
      <h3>{title}</h3>
      <ul className="breakdown">
        {counts.map(([label, n]) => (
          <li key={label}>
            <span className="breakdown-label">{label}</span>
            <span className="breakdown-count">{n.toLocaleString('en')}</span>
            <span className="breakdown-bar" style={{ width: `${(100 * n) / max}%` }} aria-hidden="true" />
          </li>
        ))}
      </ul>
    </section>
  );
}
