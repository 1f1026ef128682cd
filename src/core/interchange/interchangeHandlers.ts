import type { InterchangeHandlers } from '../../shared/api';
import type { Context } from '../workbench';
import { exportQdc, exportQdpx } from './exportRefi';
import { importRefiFile } from './importRefiFile';

/** REFI-QDA out (.qdpx, .qdc) and in. */
export function interchangeHandlers(context: Context): InterchangeHandlers {
  const { db, path } = context;
  return {
    'export-qdpx': async ({ out_path }) => exportQdpx(db, path, out_path),
    'export-qdc': async ({ out_path }) => exportQdc(db, out_path),
    'import-refi': async ({ path: file }) => {
      const report = await importRefiFile(db, file);
      context.emit('on-documents-changed', { ids: [] });
      context.emit('on-coding-changed', { document_ids: [] });
      context.emit('on-notes-changed', { ids: [] });
      return report;
    },
  };
}
