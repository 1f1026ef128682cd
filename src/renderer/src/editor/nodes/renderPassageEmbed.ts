import type { PassageCitation } from '../../../../shared/model';
import { formatDate } from '../../app/formatDate';
import type { PassageSnapshot } from './PassageEmbedNode';

/**
 * Draws a quote embed into its host element: the passage's words, who said them, the document,
 * source and date, and a mark when the passage is gone ("detached") or lost in a re-import.
 * Plain DOM rather than a React portal per embed: a note with hundreds of quotes opens several
 * times faster, and nothing about an embed needs React's state. Clicks are handled once, for the
 * whole editor, by PassageEmbedPlugin.
 */
export function renderPassageEmbed(
  host: HTMLElement,
  passageId: number,
  snapshot: PassageSnapshot,
  status: PassageCitation['status'] | undefined,
): void {
  const detached = status === 'deleted';
  const figure = document.createElement('figure');
  figure.className = `passage-embed${detached ? ' detached' : ''}${status === 'orphaned' ? ' orphaned' : ''}`;
  figure.dataset.testid = 'passage-embed';
  figure.dataset.passageId = String(passageId);

  const quote = document.createElement('blockquote');
  quote.className = 'embed-quote';
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'embed-open';
  open.disabled = detached || snapshot.document_id === null;
  open.title = detached ? 'The passage was deleted; the quote keeps its last words' : 'Open in the reader';
  open.textContent = snapshot.exact || '…';
  quote.append(open);

  const cite = document.createElement('figcaption');
  cite.className = 'embed-cite';
  const add = (tag: string, className: string, text: string | null, title?: string) => {
    if (!text) return;
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = text;
    if (title) element.title = title;
    cite.append(element);
  };
  add('span', 'embed-speaker', snapshot.speaker);
  add('cite', 'embed-title', snapshot.document_title);
  add(
    'span',
    'embed-meta',
    [snapshot.source, formatDate(snapshot.published_at, 'short')].filter(Boolean).join(' · '),
  );
  if (detached)
    add('span', 'embed-badge', 'Detached', 'The passage was deleted in the source; this is the text it had');
  else if (status === 'orphaned')
    add(
      'span',
      'embed-badge',
      'Not found in source',
      'The source text changed and this passage could not be found again',
    );

  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'embed-remove';
  remove.setAttribute('aria-label', 'Remove quote');
  remove.title = 'Remove quote';
  remove.textContent = '×';

  figure.append(quote, cite, remove);
  host.replaceChildren(figure);
  host.dataset.status = statusMark(status);
}

/** What of a citation's status shows on an embed: gone, lost, or nothing to say. */
export function statusMark(status: PassageCitation['status'] | undefined): string {
  return status === 'deleted' || status === 'orphaned' ? status : '';
}
