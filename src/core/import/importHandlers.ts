import type { ImportHandlers } from '../../shared/api';
import type { Context } from '../workbench';
import type { SourceFile } from './collectFiles';
import { importFiles, importPaths } from './importFiles';

export function importHandlers(context: Context): ImportHandlers {
  return {
    'import-paths': ({ paths }) => importPaths(context, paths),
    'import-uploads': async ({ files }) => {
      const sources: SourceFile[] = files.map((file) => ({
        name: file.name,
        path: null,
        read: () => Buffer.from(file.data_base64, 'base64'),
      }));
      return importFiles(context, sources);
    },
  };
}
