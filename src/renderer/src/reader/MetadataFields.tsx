import { useState, type KeyboardEvent } from 'react';
import type { DocumentDetail, FieldOrigin, MetadataField } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { formatDate } from '../app/formatDate';
import { languageName } from '../app/languageName';

/** Where a field came from, in words (shown beside each value). */
export const ORIGIN_LABEL: Record<FieldOrigin, string> = {
  'meta-tag': 'meta tag',
  opengraph: 'OpenGraph',
  'json-ld': 'JSON-LD',
  heading: 'heading',
  dateline: 'dateline',
  byline: 'byline',
  'first-sentence': 'first sentence',
  'file-name': 'file name',
  'database-export': 'database export',
  'email-header': 'e-mail header',
  detected: 'detected',
  user: 'your edit',
};

const FIELDS: Array<{ field: MetadataField; label: string; placeholder?: string }> = [
  { field: 'title', label: 'Title' },
  { field: 'source', label: 'Source' },
  { field: 'author', label: 'Author' },
  { field: 'published_at', label: 'Published', placeholder: '2022-03-03, 2022-03, 2022 or --03-03' },
  { field: 'place', label: 'Place' },
  { field: 'language', label: 'Language', placeholder: 'en, de, ru …' },
  { field: 'section', label: 'Section' },
  { field: 'url', label: 'URL' },
];

function shown(field: MetadataField, value: string | null): string | null {
  if (field === 'published_at') return formatDate(value);
  if (field === 'language') return languageName(value);
  return value;
}

/**
 * The document's metadata, each field with where it came from; click a value (or its pencil) to
 * correct it in place. Enter saves, Escape cancels; an edited field can be given back to what the
 * import found. A re-import never overwrites an edit.
 */
export function MetadataFields({ document }: { document: DocumentDetail }) {
  const api = useApi();
  const { report } = useErrors();
  const [editing, setEditing] = useState<MetadataField | null>(null);
  const [draft, setDraft] = useState('');

  function save(field: MetadataField) {
    const value = draft.trim();
    setEditing(null);
    if (value === (document[field] ?? '')) return;
    if (field === 'title' && value === '') return;
    api
      .call('documents-update', { ids: [document.id], set: { [field]: value === '' ? null : value } })
      .catch((error: unknown) => report(error, `Could not change the ${field.replace('_at', '')}`));
  }

  function reset(field: MetadataField) {
    api
      .call('documents-update', { ids: [document.id], set: {}, reset: [field] })
      .catch((error: unknown) => report(error, 'Could not undo the edit'));
  }

  return (
    <dl className="details-list metadata-fields">
      {FIELDS.map(({ field, label, placeholder }) => {
        const value = document[field];
        const origin = document.field_origins[field];
        const edit = document.user_edits[field];
        const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter') save(field);
          else if (event.key === 'Escape') setEditing(null);
        };
        return (
          <div key={field} className="details-row metadata-row" data-field={field}>
            <dt>{label}</dt>
            <dd>
              {editing === field ? (
                <input
                  className="metadata-input"
                  aria-label={label}
                  autoFocus
                  value={draft}
                  placeholder={placeholder}
                  onChange={(event) => setDraft(event.target.value)}
                  onKeyDown={onKeyDown}
                  onBlur={() => save(field)}
                />
              ) : (
                <button
                  type="button"
                  className="metadata-value"
                  title={`Edit the ${label.toLowerCase()}`}
                  aria-label={`Edit ${label}: ${value ?? 'empty'}`}
                  onClick={() => {
                    setDraft(value ?? '');
                    setEditing(field);
                  }}
                >
                  {shown(field, value) ?? <span className="muted">—</span>}
                  <span className="metadata-pencil" aria-hidden="true">
                    ✎
                  </span>
                </button>
              )}
              {origin ? (
                <span className={`field-origin origin-${origin}`}>
                  from {ORIGIN_LABEL[origin]}
                  {edit ? (
                    <>
                      {' · found: '}
                      {shown(field, edit.found) ?? 'nothing'}
                      {edit.found_origin ? ` (${ORIGIN_LABEL[edit.found_origin]})` : ''}{' '}
                      <button type="button" className="link-button" onClick={() => reset(field)}>
                        Undo edit
                      </button>
                    </>
                  ) : null}
                </span>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
