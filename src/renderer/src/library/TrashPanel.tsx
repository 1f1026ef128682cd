import type { DocumentSummary } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { VirtualRows } from '../app/VirtualRows';
import { useLibraryPages, type LibraryPages } from './useLibraryPages';

const TRASH_QUERY = { sort: 'imported_at', direction: 'desc', filter: { trash: true } } as const;

/** Documents in the trash as pages (newest first), with their count; refreshed when documents change. */
export function useTrash(): LibraryPages {
  return useLibraryPages(TRASH_QUERY);
}

/** Ids restored per request when the whole trash is restored. */
const RESTORE_BATCH = 1000;

/** The trashed documents with a way back: out of the library and search, codings kept. */
export function TrashPanel({ trash }: { trash: LibraryPages }) {
  const api = useApi();
  const { report } = useErrors();
  const count = trash.total ?? 0;
  const restore = (ids: number[]) =>
    api.call('documents-restore', { ids }).catch((error: unknown) => report(error, 'Could not restore'));
  /** The trash is never listed whole: it is restored a batch of ids at a time until it is empty. */
  const restoreAll = async () => {
    try {
      for (;;) {
        const page = await api.call('documents-page', {
          filter: { trash: true },
          limit: RESTORE_BATCH,
          count: false,
        });
        if (page.rows.length === 0) break;
        await api.call('documents-restore', { ids: page.rows.map((doc) => doc.id) });
      }
    } catch (error) {
      report(error, 'Could not restore');
    }
  };
  return (
    <section className="trash-panel" aria-label="Trash">
      <header>
        <span>
          {count.toLocaleString('en')} document{count === 1 ? '' : 's'} in the trash
        </span>
        <button type="button" className="link-button" onClick={() => void restoreAll()}>
          Restore all
        </button>
      </header>
      <VirtualRows<DocumentSummary>
        pages={trash}
        label="Documents in the trash"
        scrollClassName="trash-scroll"
        estimate={21}
        rowKey={(doc) => doc.id}
        renderRow={(doc) => (
          <>
            <span className="trash-title">{doc.title}</span>{' '}
            <button type="button" className="link-button" onClick={() => void restore([doc.id])}>
              Restore
            </button>
          </>
        )}
      />
    </section>
  );
}
