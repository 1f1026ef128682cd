import { memo, useState } from 'react';
import type { DocumentDetail, ReanchorReport } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { formatTimestamp } from '../app/formatDate';
import { DocumentNotes } from '../notes/DocumentNotes';
import { MetadataFields } from './MetadataFields';
import { SameStory } from './SameStory';
import { SetAsideList } from './SetAsideList';

const FORMAT_NAME: Record<string, string> = {
  txt: 'Plain text',
  md: 'Markdown',
  html: 'Web page (HTML)',
  pdf: 'PDF',
  docx: 'Word document',
};

/** The Details tab: what Lectern knows about the open document and where it came from. */
export const DocumentDetails = memo(function DocumentDetails({
  document,
  onShowOrphans,
  onReimported,
}: {
  document: DocumentDetail;
  onShowOrphans(): void;
  /** The text changed: the reader shows the new one. */
  onReimported(): void;
}) {
  const headings = document.paragraphs.filter((p) => p.kind === 'heading');
  const rows: Array<[string, string | null]> = [
    ['Words', document.word_count.toLocaleString('en')],
    ['Format', FORMAT_NAME[document.format] ?? document.format],
    ['Imported', formatTimestamp(document.imported_at)],
  ];
  return (
    <div className="pane-scroll details-scroll" aria-label="Document details">
      {document.deleted_at ? <p className="details-trash">In the trash</p> : null}
      <MetadataFields document={document} />
      <SameStory document={document} />
      <dl className="details-list details-facts">
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
          <Reimport documentId={document.id} onShowOrphans={onShowOrphans} onReimported={onReimported} />
        </section>
      ) : null}
      <DocumentNotes documentId={document.id} />
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
      <SetAsideList document={document} />
    </div>
  );
});

/** Re-reads the original file; passages re-anchor, and the report says how many moved or were lost. */
function Reimport({
  documentId,
  onShowOrphans,
  onReimported,
}: {
  documentId: number;
  onShowOrphans(): void;
  onReimported(): void;
}) {
  const api = useApi();
  const { report } = useErrors();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReanchorReport | null>(null);
  const shown = result?.document_id === documentId ? result : null;
  return (
    <>
      <button
        type="button"
        className="button small reimport-button"
        disabled={busy}
        title="Read the file again, e.g. after correcting it; coded passages follow their text"
        onClick={() => {
          setBusy(true);
          api
            .call('documents-reimport', { id: documentId })
            .then((answer) => {
              setResult(answer);
              onReimported();
            })
            .catch((error: unknown) => report(error, 'Could not re-import the file'))
            .finally(() => setBusy(false));
        }}
      >
        {busy ? 'Re-importing…' : 'Re-import from file'}
      </button>
      {shown ? (
        <p className="reimport-report" role="status">
          Passages: {shown.kept} kept, {shown.moved} moved, {shown.orphaned} orphaned.
          {shown.orphaned > 0 ? (
            <>
              {' '}
              <button type="button" className="link-button" onClick={onShowOrphans}>
                Show orphans
              </button>
            </>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
