import { publicFields, printJson, type CliCommand } from '../CliCommand';

export const importCommand: CliCommand = {
  usage: 'import <path…>        import .txt/.md files and folders (recursively)',
  async run({ workbench, args, json }) {
    if (args.length === 0) throw new Error('Name at least one file or folder to import.');
    const report = await workbench.call('import-paths', { paths: args });
    if (json) {
      const ids = new Set(
        report.outcomes.flatMap((outcome) => (outcome.status === 'imported' ? [outcome.id] : [])),
      );
      const docs = (await workbench.call('documents-list', {})).filter((doc) => ids.has(doc.id));
      printJson({ ...report, documents: docs.map(publicFields) });
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
