import type { ImportHandlers } from '../../shared/api';
import type { Context } from '../workbench';
import type { SourceFile } from './collectFiles';
import { importFiles, importPaths } from './importFiles';
import { cancelQuotations, readPendingQuotations } from './readPendingQuotations';

export function importHandlers(context: Context): ImportHandlers {
  // Imports under way, so import-cancel can stop them (a window and the CLI may both import).
  const running = new Set<AbortController>();
  const tracked = async <T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    running.add(controller);
    try {
      return await run(controller.signal);
    } finally {
      running.delete(controller);
    }
  };
  return {
    'import-paths': ({ paths }) => tracked((signal) => importPaths(context, paths, { signal })),
    'import-uploads': ({ files }) => {
      const sources: SourceFile[] = files.map((file) => ({
        name: file.name,
        path: null,
        size: Math.floor((file.data_base64.length * 3) / 4),
        read: () => Buffer.from(file.data_base64, 'base64'),
      }));
      return tracked((signal) => importFiles(context, sources, [], { signal }));
    },
    'import-cancel': async () => {
      for (const controller of running) controller.abort();
      // Also a large import's second phase, running after its report (quotations, entities).
      const quotations = cancelQuotations(context.db);
      return { cancelled: running.size > 0 || quotations };
    },
    'quotations-catch-up': () => tracked((signal) => readPendingQuotations(context, signal)),
  };
}
