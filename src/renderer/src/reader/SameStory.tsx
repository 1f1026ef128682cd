import type { DocumentDetail } from '../../../shared/model';
import { formatDate } from '../app/formatDate';
import { useNoteLayoutContext } from '../notes/useNoteLayout';

/** "Same story in 4 documents": the reprints and re-posts grouped with this one (never merged). */
export function SameStory({ document }: { document: DocumentDetail }) {
  const layout = useNoteLayoutContext();
  if (document.same_story.length === 0) return null;
  const outlets = new Set([document.source, ...document.same_story.map((doc) => doc.source)].filter(Boolean));
  return (
    <section className="details-section same-story">
      <h3>
        Same story in {document.same_story.length + 1} documents
        {outlets.size > 1 ? ` · ${outlets.size} sources` : ''}
      </h3>
      <ul className="outline">
        {document.same_story.map((doc) => (
          <li key={doc.id}>
            <a
              href={`#document-${doc.id}`}
              onClick={(event) => {
                event.preventDefault();
                layout.navigation('side').openDocument(doc.id);
              }}
            >
              {doc.title}
            </a>
            <span className="muted">
              {' · '}
              {[doc.source, formatDate(doc.published_at, 'short')].filter(Boolean).join(', ') || 'no source'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
