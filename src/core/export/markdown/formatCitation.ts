import type { PassageCitation } from '../../../shared/model';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "27 June 2022", "June 2022", "2022" — partial ISO dates as people write them. */
export function humanDate(iso: string | null): string | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month) return String(year);
  const name = MONTHS[month - 1] ?? '';
  return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

/**
 * A footnote citing a quote: speaker, “document title”, source, date — and a link to the
 * paragraph in the exported source when there is one. A deleted passage says so.
 */
export function formatCitation(citation: PassageCitation, sourceLink: string | null): string {
  const parts = [
    citation.speaker,
    citation.document_title ? `“${citation.document_title}”` : null,
    citation.source,
    humanDate(citation.published_at),
  ].filter((part): part is string => Boolean(part));
  let text = parts.join(', ') || 'Unknown source';
  if (sourceLink) text += ` (${sourceLink})`;
  if (citation.status === 'deleted') text += ' — passage deleted in Lectern; text as last seen';
  return text + '.';
}
