import { publicFields, printJson, type CliCommand } from '../CliCommand';

const CHUNK = 1000;

export const importCommand: CliCommand = {
  usage: 'import <path…>        import .txt/.md files and folders (recursively)',
  async run({ workbench, args, json }) {
    if (args.length === 0) throw new Error('Name at least one file or folder to import.');
    const report = await workbench.call('import-paths', { paths: args });
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
      printJson({ ...report, documents });
    } else {
      for (const outcome of report.outcomes) {
        const mark = outcome.status === 'imported' ? '✓' : outcome.status === 'duplicate' ? '=' : '✗';
        const text = outcome.status === 'imported' ? `#${outcome.id} ${outcome.title}` : outcome.message;
        console.log(`${mark} ${outcome.file}: ${text}`);
      }
      console.log(
        `${report.imported} imported, ${report.duplicates} duplicates skipped, ${report.failed} failed (${report.elapsed_ms} ms) → ${workbench.path}`,
      );
    }
    return report.failed > 0 ? 2 : 0;
  },
};
