import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

/** Documents in the trash, refreshed when documents change; empty when there are none. */
export function useTrash(): DocumentSummary[] {
  const api = useApi();
  const { report } = useErrors();
  const [trash, setTrash] = useState<DocumentSummary[]>([]);
  const reload = useCallback(() => {
    api
      .call('documents-list', { trash: true })
      .then(setTrash)
      .catch((error: unknown) => report(error, 'Could not list the trash'));
  }, [api, report]);
  useEffect(() => {
    reload();
    return api.on('on-documents-changed', reload);
  }, [api, reload]);
  return trash;
}

/** The trashed documents with a way back: out of the library and search, codings kept. */
export function TrashPanel({ trash }: { trash: DocumentSummary[] }) {
  const api = useApi();
  const { report } = useErrors();
  const restore = (ids: number[]) =>
    api.call('documents-restore', { ids }).catch((error: unknown) => report(error, 'Could not restore'));
  return (
    <section className="trash-panel" aria-label="Trash">
      <header>
        <span>
          {trash.length} document{trash.length === 1 ? '' : 's'} in the trash
        </span>
        <button
          type="button"
          className="link-button"
          onClick={() => void restore(trash.map((doc) => doc.id))}
        >
          Restore all
        </button>
      </header>
      <ul>
        {trash.map((doc) => (
          <li key={doc.id}>
            <span className="trash-title">{doc.title}</span>{' '}
            <button type="button" className="link-button" onClick={() => void restore([doc.id])}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
