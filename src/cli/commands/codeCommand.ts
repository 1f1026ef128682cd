import { printJson, stringOption, type CliCommand } from '../CliCommand';
import { resolveTag } from '../resolveTag';

const whole = (value: string | undefined, what: string): number => {
  if (value === undefined || !/^\d+$/.test(value))
    throw new Error(`${what} must be a whole number, not "${value ?? ''}".`);
  return Number(value);
};

export const codeCommand: CliCommand = {
  usage:
    'code <doc> <start> <end> --tag T[;T2] [--kind quote] [--speaker S] [--memo M]   code a range (UTF-16 offsets, as `passages --json` shows)',
  async run({ workbench, args, options, json }) {
    const [doc, start, end] = args;
    const documentId = whole(doc, 'The document id');
    const tagOption = stringOption(options, 'tag');
    const tags = await workbench.call('tags-list', {});
    // Several tags are separated by ";" (tag names may hold commas).
    const tagIds = tagOption ? tagOption.split(';').map((name) => resolveTag(name.trim(), tags).id) : [];
    const kind = stringOption(options, 'kind');
    if (kind !== undefined && kind !== 'quote' && kind !== 'highlight')
      throw new Error('--kind is quote or highlight.');
    const speaker = stringOption(options, 'speaker');
    const memo = stringOption(options, 'memo');
    const passage = await workbench.call('passages-create', {
      document_id: documentId,
      start: whole(start, 'The start offset'),
      end: whole(end, 'The end offset'),
      tag_ids: tagIds,
      ...(kind ? { kind } : {}),
      ...(speaker ? { speaker } : {}),
      ...(memo ? { memo } : {}),
    });
    if (json) printJson(passage);
    else console.log(`Coded passage #${passage.id} in document ${passage.document_id}: “${passage.exact}”`);
    return 0;
  },
};
