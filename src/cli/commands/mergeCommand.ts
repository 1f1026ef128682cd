import { printJson, stringOption, type CliCommand } from '../CliCommand';

export const mergeCommand: CliCommand = {
  usage:
    'merge OTHER.lectern [--coder NAME]   add a colleague’s copy: their passages kept as theirs (for `agreement`)',
  async run({ workbench, args, options, json }) {
    const [path] = args;
    if (!path) throw new Error('Name the colleague’s project file: `lectern merge ben.lectern`.');
    const coder = stringOption(options, 'coder');
    const report = await workbench.call('merge-project', { path, ...(coder ? { coder_name: coder } : {}) });
    if (json) printJson(report);
    else {
      console.log(
        `Merged ${report.file} as coder "${report.coder.name}" (#${report.coder.id}): ${report.passages_added} passages added ` +
          `(${report.passages_already_here} already here), ${report.documents_added} new documents (${report.documents_matched} matched), ` +
          `${report.tags_added} new tags (${report.tags_matched} matched).`,
      );
      for (const line of report.not_merged) console.log(`  – not merged: ${line}`);
    }
    return 0;
  },
};
