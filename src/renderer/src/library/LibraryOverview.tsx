import type { DocumentSummary } from '../../../shared/model';
import './library.css';
import { languageName } from '../app/languageName';

/** What the details pane shows with nothing open: the shape of the corpus at a glance. */
export function LibraryOverview({ documents }: { documents: DocumentSummary[] }) {
  const languages = countBy(documents, (d) => languageName(d.language) ?? 'Unknown');
  const sources = countBy(documents, (d) => d.source ?? 'No source found');
  const dated = documents.filter((d) => d.published_at).length;
  const words = documents.reduce((sum, d) => sum + d.word_count, 0);
  return (
    <div className="pane-scroll details-scroll">
      <dl className="details-list">
        <div className="details-row">
          <dt>Documents</dt>
          <dd>{documents.length.toLocaleString('en')}</dd>
        </div>
        <div className="details-row">
          <dt>Words</dt>
          <dd>{words.toLocaleString('en')}</dd>
        </div>
        <div className="details-row">
          <dt>Dated</dt>
          <dd>
            {dated} of {documents.length}
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
            <span className="breakdown-count">{n}</span>
            <span className="breakdown-bar" style={{ width: `${(100 * n) / max}%` }} aria-hidden="true" />
          </li>
        ))}
      </ul>
    </section>
  );
}

function countBy<T>(items: T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
