import { useCallback, useEffect, useState } from 'react';
import type { ImportProgress, ImportReport } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { readFileBase64 } from './readFileBase64';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; files: number; progress: ImportProgress | null; cancelling: boolean }
  | { phase: 'done'; report: ImportReport };

/**
 * Imports files the user picked or dropped. Inside Electron the engine reads them by path; in the
 * browser their bytes are uploaded. Either way the result is the engine's per-file report.
 */
export function useImport(onImported: () => void) {
  const api = useApi();
  const { report: reportError } = useErrors();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  // A large import's second phase: its quotations and entities, read after it is searchable.
  const [quotations, setQuotations] = useState<ImportProgress | null>(null);

  useEffect(
    () =>
      api.on('on-import-progress', (progress) => {
        if (progress.phase === 'quotations') setQuotations(progress);
        else setState((current) => (current.phase === 'running' ? { ...current, progress } : current));
      }),
    [api],
  );

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setState({ phase: 'running', files: files.length, progress: null, cancelling: false });
      try {
        const bridge = window.lectern;
        const paths = bridge?.pathForFile ? files.map((file) => pathOf(file)) : [];
        const report =
          paths.length > 0 && paths.every((path) => path !== '')
            ? await api.call('import-paths', { paths })
            : await api.call('import-uploads', {
                files: await Promise.all(
                  files.map(async (file) => ({ name: file.name, data_base64: await readFileBase64(file) })),
                ),
              });
        setState({ phase: 'done', report });
        // Until its first progress event arrives, the second phase is known by the report alone.
        const pending = report.quotations_pending;
        if (pending)
          setQuotations(
            (current) =>
              (current && !current.finished ? current : null) ?? {
                phase: 'quotations',
                done: 0,
                total: pending,
                file: '',
              },
          );
        onImported();
      } catch (error) {
        setState({ phase: 'idle' });
        reportError(error, 'Import failed');
      }
    },
    [api, onImported, reportError],
  );

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  const cancel = useCallback(() => {
    setState((current) => (current.phase === 'running' ? { ...current, cancelling: true } : current));
    api
      .call('import-cancel', {})
      .catch((error: unknown) => reportError(error, 'Could not cancel the import'));
  }, [api, reportError]);
  return { state, quotations, importFiles, dismiss, cancel };
}

/** The file's path on disk inside Electron; '' when it has none (e.g. dragged from a browser). */
function pathOf(file: File): string {
  try {
    return window.lectern?.pathForFile?.(file) ?? '';
  } catch {
    return '';
  }
}
