import type { InterchangeHandlers } from '../../shared/api';
import type { Context } from '../workbench';
import { exportQdc, exportQdpx } from './exportRefi';
import { importRefiBytes, importRefiFile } from './importRefiFile';

/** REFI-QDA out (.qdpx, .qdc) and in. */
export function interchangeHandlers(context: Context): InterchangeHandlers {
  const { db, path } = context;
  const announce = <T>(report: T): T => {
    context.emit('on-documents-changed', { ids: [] });
    context.emit('on-coding-changed', { document_ids: [] });
    context.emit('on-notes-changed', { ids: [] });
    return report;
  };
  return {
    'export-qdpx': async ({ out_path }) => exportQdpx(db, path, out_path),
    'export-qdc': async ({ out_path }) => exportQdc(db, path, out_path),
    'import-refi': async ({ path: file }) => announce(await importRefiFile(db, file)),
    'import-refi-upload': async ({ name, data_base64 }) =>
      announce(
        await importRefiBytes(
          db,
          new Uint8Array(Buffer.from(data_base64, 'base64')),
          name,
          name.toLowerCase().endsWith('.qdc') ? 'codebook' : 'project',
        ),
      ),
  };
}
