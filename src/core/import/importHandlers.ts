import type { ImportHandlers } from '../../shared/api';
import type { Context } from '../workbench';
import type { SourceFile } from './collectFiles';

// Loaded with the engine, not on first use: a dynamic import() of the pipeline resolves the
// search stemmers (@orama/stemmers, ESM .js files) as CommonJS under Playwright's loader and
// fails; the readers still load their heavy libraries (pdf.js, Readability) on first use.
import * as importPipeline from './importFiles';

const pipeline = async () => importPipeline;

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
    'import-paths': ({ paths }) =>
      tracked(async (signal) => (await pipeline()).importPaths(context, paths, { signal })),
    'import-uploads': ({ files }) => {
      const sources: SourceFile[] = files.map((file) => ({
        name: file.name,
        path: null,
        read: () => Buffer.from(file.data_base64, 'base64'),
      }));
      return tracked(async (signal) => (await pipeline()).importFiles(context, sources, [], { signal }));
    },
    'import-cancel': async () => {
      for (const controller of running) controller.abort();
      return { cancelled: running.size > 0 };
    },
  };
}
