import { publicFields, printJson, type CliCommand } from '../CliCommand';

const CHUNK = 1000;
const isRefi = (path: string) => /\.(qdpx|qdc)$/i.test(path);

export const importCommand: CliCommand = {
  usage:
    'import <path…>        import .txt/.md files and folders (recursively); a .qdpx project or .qdc codebook (REFI-QDA) from another program',
  async run({ workbench, args, json }) {
    if (args.length === 0) throw new Error('Name at least one file or folder to import.');
    if (args.some(isRefi)) {
      if (args.length > 1) throw new Error('Import a .qdpx or .qdc file on its own, one at a time.');
      const report = await workbench.call('import-refi', { path: args[0]! });
      if (json) printJson(report);
      else {
        console.log(
          `${report.file}: ${report.documents} documents (${report.documents_matched} already here), ${report.tags} tags (${report.tags_matched} matched), ` +
            `${report.passages} coded passages, ${report.notes} notes, ${report.coders} other coders (${report.elapsed_ms} ms) → ${workbench.path}`,
        );
        if (report.line_breaks)
          console.log(
            `Line breaks (\\r\\n) counted as ${report.line_breaks} character(s), as ${report.origin || 'the standard'} does.`,
          );
        for (const warning of report.warnings) console.log(`! ${warning}`);
        if (report.not_carried_over.length > 0) {
          console.log('Not carried over:');
          for (const line of report.not_carried_over) console.log(`  – ${line}`);
        }
      }
      return 0;
    }
    const report = await workbench.call('import-paths', { paths: args });
    // A large import returns searchable, its quotations and entities read in a second phase;
    // the CLI answers complete, so it waits for them (they are read on the worker threads).
    const quotations =
      report.quotations_pending !== undefined ? await workbench.call('quotations-catch-up', {}) : null;
    const searchableS = report.elapsed_ms / 1000;
    const quotationsS = (quotations?.elapsed_ms ?? 0) / 1000;
    const timing = {
      searchable_ms: report.elapsed_ms,
      searchable_docs_per_s: searchableS > 0 ? Math.round(report.imported / searchableS) : null,
      quotations_ms: quotations?.elapsed_ms ?? 0,
      // Documents whose quotations are still unread (only after a cancel: they are read when next listed).
      quotations_left: quotations?.pending ?? 0,
      total_ms: report.elapsed_ms + (quotations?.elapsed_ms ?? 0),
      total_docs_per_s:
        searchableS + quotationsS > 0 ? Math.round(report.imported / (searchableS + quotationsS)) : null,
    };
    if (json) {
      // Only the documents this import added, fetched by id — never the whole library.
      const ids = report.outcomes.flatMap((outcome) => (outcome.status === 'imported' ? [outcome.id] : []));
      const documents = [];
      for (let start = 0; start < ids.length; start += CHUNK) {
        const page = await workbench.call('documents-page', {
          sort: 'imported_at',
          direction: 'asc',
          filter: { ids: ids.slice(start, start + CHUNK) },
          limit: CHUNK,
        });
        documents.push(...page.rows.map(publicFields));
      }
      printJson({ ...report, ...timing, documents });
    } else {
      for (const outcome of report.outcomes) {
        const mark = outcome.status === 'imported' ? '✓' : outcome.status === 'duplicate' ? '=' : '✗';
        const text = outcome.status === 'imported' ? `#${outcome.id} ${outcome.title}` : outcome.message;
        console.log(`${mark} ${outcome.file}: ${text}`);
      }
      console.log(
        `${report.imported} imported, ${report.duplicates} duplicates skipped, ${report.failed} failed (${report.elapsed_ms} ms) → ${workbench.path}`,
      );
      if (quotations)
        console.log(
          `searchable: ${report.imported} documents in ${searchableS.toFixed(1)} s (${timing.searchable_docs_per_s} docs/s); ` +
            `quotations and entities: ${quotationsS.toFixed(1)} s; total ${(searchableS + quotationsS).toFixed(1)} s (${timing.total_docs_per_s} docs/s)` +
            (quotations.pending > 0
              ? `; ${quotations.pending} documents still to read (they are read when next listed)`
              : ''),
        );
    }
    return report.failed > 0 ? 2 : 0;
  },
};
