import { useState, type FormEvent } from 'react';
import type { MetadataField } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';

const EDITABLE: Array<{ field: MetadataField; label: string; placeholder: string }> = [
  { field: 'source', label: 'Source', placeholder: 'e.g. Reuters' },
  { field: 'published_at', label: 'Date', placeholder: '2022-03-03, 2022-03, 2022 or --03-03' },
  { field: 'author', label: 'Author', placeholder: 'e.g. Jana Holt' },
  { field: 'place', label: 'Place', placeholder: 'e.g. Vienna' },
  { field: 'language', label: 'Language', placeholder: 'en, de, ru …' },
  { field: 'section', label: 'Section', placeholder: 'e.g. Politics' },
];

/**
 * What to do with the checked rows of the library: set one field on all of them (set the source
 * of 40 documents at once), or move them to the trash — with Undo.
 */
export function BulkEditBar({ ids, onClear }: { ids: number[]; onClear(): void }) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const [field, setField] = useState<MetadataField>('source');
  const [value, setValue] = useState('');
  const count = `${ids.length} document${ids.length === 1 ? '' : 's'}`;
  const spec = EDITABLE.find((item) => item.field === field)!;

  function apply(event: FormEvent) {
    event.preventDefault();
    const text = value.trim();
    api
      .call('documents-update', { ids, set: { [field]: text === '' ? null : text } })
      .then(() => {
        notify(`${spec.label} ${text === '' ? 'cleared' : `set to “${text}”`} on ${count}`, {
          label: 'Undo',
          run: () => void api.call('documents-update', { ids, set: {}, reset: [field] }),
        });
        setValue('');
      })
      .catch((error: unknown) => report(error, `Could not set the ${spec.label.toLowerCase()}`));
  }

  function trash() {
    api
      .call('documents-delete', { ids })
      .then(({ deleted }) => {
        onClear();
        notify(`Moved ${deleted} document${deleted === 1 ? '' : 's'} to the trash`, {
          label: 'Undo',
          run: () => void api.call('documents-restore', { ids }),
        });
      })
      .catch((error: unknown) => report(error, 'Could not move the documents to the trash'));
  }

  return (
    <form className="bulk-bar" aria-label="Edit the checked documents" onSubmit={apply}>
      <span className="bulk-count">{count} checked</span>
      <select
        aria-label="Field"
        value={field}
        onChange={(event) => setField(event.target.value as MetadataField)}
      >
        {EDITABLE.map((item) => (
          <option key={item.field} value={item.field}>
            {item.label}
          </option>
        ))}
      </select>
      <input
        aria-label={`New ${spec.label.toLowerCase()}`}
        placeholder={spec.placeholder}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="button small">
        Set
      </button>
      <button type="button" className="button small danger" onClick={trash}>
        Move to trash
      </button>
      <button type="button" className="link-button" onClick={onClear}>
        Clear
      </button>
    </form>
  );
}
