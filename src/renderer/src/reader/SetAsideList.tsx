import type { DocumentDetail } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';

/** Boilerplate lives at an article's head and tail: these body paragraphs may be marked. */
const EDGE_HEAD = 2;
const EDGE_TAIL = 3;

/**
 * What was set aside from the reading text, and the researcher's say over it: keep a block in the
 * text, or set aside one of the article's first or last paragraphs. Each choice becomes a rule for
 * the document's source, so its other documents follow. Nothing is deleted either way.
 */
export function SetAsideList({ document }: { document: DocumentDetail }) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const scope = document.source ? `every document of ${document.source}` : 'this document';

  function mark(texts: string[], verdict: 'boilerplate' | 'content' | 'auto') {
    Promise.all(
      texts.map((text) => api.call('boilerplate-mark', { document_id: document.id, text, verdict })),
    )
      .then((answers) => {
        const changed = Math.max(0, ...answers.map((answer) => answer.documents));
        notify(
          verdict === 'boilerplate'
            ? `Set aside in ${changed} document${changed === 1 ? '' : 's'}`
            : `Back in the text of ${changed} document${changed === 1 ? '' : 's'}`,
          // Undoing a "set aside" drops the rule; undoing a "keep" sets the text aside again.
          verdict === 'auto'
            ? undefined
            : { label: 'Undo', run: () => mark(texts, verdict === 'boilerplate' ? 'auto' : 'boilerplate') },
        );
      })
      .catch((error: unknown) => report(error, 'Could not change what is set aside'));
  }

  const bodyParagraphs = document.paragraphs.filter((p) => p.kind === 'paragraph');
  const edges =
    bodyParagraphs.length <= EDGE_HEAD + EDGE_TAIL
      ? bodyParagraphs
      : [...bodyParagraphs.slice(0, EDGE_HEAD), ...bodyParagraphs.slice(-EDGE_TAIL)];

  return (
    <section className="details-section set-aside-section">
      <h3>Set aside from the text</h3>
      {document.boilerplate.length === 0 ? (
        <p className="muted">Nothing: the whole text is shown.</p>
      ) : (
        <ul className="set-aside">
          {/* One row per set-aside paragraph, so keeping one does not bring its neighbours back. */}
          {document.boilerplate.flatMap((block, index) =>
            block.text.split('\n\n').map((text, part) => (
              <li key={`${index}-${part}`}>
                <span className="set-aside-reason">{block.reason}</span>
                <span className="set-aside-excerpt muted" title={text}>
                  {' · '}
                  {text.length > 60 ? text.slice(0, 60) + '…' : text}
                </span>{' '}
                <button
                  type="button"
                  className="link-button"
                  title={`Show this paragraph in the reading text of ${scope}`}
                  onClick={() => mark([text], 'content')}
                >
                  Keep in text
                </button>
              </li>
            )),
          )}
        </ul>
      )}
      {edges.length > 0 ? (
        <details className="set-aside-edges">
          <summary>Set aside a paragraph…</summary>
          <ul className="set-aside">
            {edges.map((paragraph) => {
              const text = document.body.slice(paragraph.start, paragraph.end);
              return (
                <li key={paragraph.start}>
                  <span className="set-aside-excerpt" title={text}>
                    {text.length > 70 ? text.slice(0, 70) + '…' : text}
                  </span>{' '}
                  <button
                    type="button"
                    className="link-button"
                    title={`Set this paragraph aside in ${scope}`}
                    onClick={() => mark([text], 'boilerplate')}
                  >
                    Set aside
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
