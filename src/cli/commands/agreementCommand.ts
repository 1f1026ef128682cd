import type { AgreementFigures } from '../../shared/model';
import { printJson, stringOption, type CliCommand } from '../CliCommand';
import { formatTable } from '../formatTable';

const coderOption = (value: string | undefined, name: string) => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} takes a coder id (\`lectern agreement\` lists them).`);
  return Number(value);
};
const show = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));
const cells = (f: AgreementFigures) => [show(f.percent, 1) + '%', show(f.kappa)];

export const agreementCommand: CliCommand = {
  usage:
    'agreement [--a ID] [--b ID]   intercoder agreement per tag: % and Cohen’s κ (document, segment), Krippendorff’s α (characters)',
  async run({ workbench, options, json }) {
    const report = await workbench.call('agreement-report', {
      ...(options.has('a') ? { coder_a: coderOption(stringOption(options, 'a'), 'a') } : {}),
      ...(options.has('b') ? { coder_b: coderOption(stringOption(options, 'b'), 'b') } : {}),
    });
    if (json) {
      printJson(report);
      return 0;
    }
    console.log(
      `${report.coder_a.name} (#${report.coder_a.id}) and ${report.coder_b.name} (#${report.coder_b.id}), over the ${report.documents} documents both coded`,
    );
    const rows = [
      ...report.tags.map((tag) => [
        tag.tag_path,
        ...cells(tag.document),
        ...cells(tag.segment),
        show(tag.alpha),
      ]),
      [
        'Overall',
        ...cells(report.overall.document),
        ...cells(report.overall.segment),
        show(report.overall.alpha),
      ],
    ];
    console.log(formatTable(['tag', 'doc %', 'doc κ', 'segment %', 'segment κ', 'α (chars)'], rows));
    if (report.disagreements.length > 0) {
      console.log(
        `\n${report.disagreements.length} disagreements (${report.coder_a.name} | ${report.coder_b.name}):`,
      );
      for (const d of report.disagreements.slice(0, 50)) {
        const side = (s: typeof d.a) => (s ? `[${s.start}–${s.end}] “${s.exact.slice(0, 50)}”` : '—');
        console.log(`  ${d.tag_path} in #${d.document_id} ${d.document_title}: ${side(d.a)} | ${side(d.b)}`);
      }
    }
    return 0;
  },
};
