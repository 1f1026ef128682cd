import type { ReactNode } from 'react';
import type { DocumentDetail } from '../../../shared/model';
import { formatDate, formatTimestamp } from '../app/formatDate';
import { languageName } from '../app/languageName';

const TITLE_ORIGIN: Record<DocumentDetail['title_origin'], string> = {
  heading: 'Headline in the text',
  metadata: 'From the file’s metadata',
  'first-sentence': 'Made from the first sentence',
  'file-name': 'From the file name',
};

const FORMAT_NAME: Record<string, string> = {
  txt: 'Plain text',
  md: 'Markdown',
  html: 'Web page (HTML)',
  pdf: 'PDF',
  docx: 'Word document',
};

/** The right pane: what Lectern knows about the open document and where it came from. */
export function DocumentDetails({
  document,
  fallback,
}: {
  document: DocumentDetail | null;
  fallback: ReactNode;
}) {
  if (!document) {
    return (
      <aside className="details-pane" aria-label="Project overview">
        <header className="pane-header">
          <h2>Overview</h2>
        </header>
        {fallback}
      </aside>
    );
  }
  const headings = document.paragraphs.filter((p) => p.kind === 'heading');
  const rows: Array<[string, string | null]> = [
    ['Source', document.source],
    ['Author', document.author],
    ['Published', formatDate(document.published_at)],
    ['Place', document.place],
    ['Language', languageName(document.language)],
    ['Words', document.word_count.toLocaleString('en')],
    ['Title', TITLE_ORIGIN[document.title_origin]],
    ['Format', FORMAT_NAME[document.format] ?? document.format],
    ['Imported', formatTimestamp(document.imported_at)],
  ];
  return (
    <aside className="details-pane" aria-label="Document details">
      <header className="pane-header">
        <h2>Details</h2>
      </header>
      <div className="pane-scroll details-scroll">
        <dl className="details-list">
          {rows.map(([label, value]) => (
            <div key={label} className="details-row">
              <dt>{label}</dt>
              <dd>{value ?? <span className="muted">—</span>}</dd>
            </div>
          ))}
        </dl>
        {document.origin_path ? (
          <section className="details-section">
            <h3>File</h3>
            <p className="details-path" title={document.origin_path}>
              {document.origin_path}
            </p>
          </section>
        ) : null}
        {headings.length > 0 ? (
          <section className="details-section">
            <h3>Outline</h3>
            <ul className="outline">
              {headings.map((heading) => (
                <li key={heading.start}>
                  <a
                    href={`#p-${heading.start}`}
                    onClick={(event) => {
                      event.preventDefault();
                      window.document
                        .getElementById(`p-${heading.start}`)
                        ?.scrollIntoView({ block: 'start', behavior: 'smooth' });
                    }}
                  >
                    {document.body.slice(heading.start, heading.end)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section className="details-section">
          <h3>Set aside on import</h3>
          {document.boilerplate.length === 0 ? (
            <p className="muted">Nothing: the whole text is shown.</p>
          ) : (
            <ul className="set-aside">
              {document.boilerplate.map((block, index) => (
                <li key={index}>
                  <span className="set-aside-reason">{block.reason}</span>
                  <span className="muted"> · {block.text.length.toLocaleString('en')} characters</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </aside>
  );
}
