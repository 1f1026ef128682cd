import type { AutocodeScope } from '../../shared/model';
import { printJson, stringOption, type CliCommand } from '../CliCommand';
import { resolveTag } from '../resolveTag';

export const autocodeCommand: CliCommand = {
  usage:
    'autocode "<query>"    tag every hit of a search (--tag T, --scope match|sentence|paragraph, --dry-run to preview)',
  async run({ workbench, args, options, json }) {
    const query = args.join(' ');
    const tagName = stringOption(options, 'tag');
    if (!tagName) throw new Error('Name the tag to apply with --tag.');
    const tag = resolveTag(tagName, await workbench.call('tags-list', {}));
    const scope = (stringOption(options, 'scope') ?? 'sentence') as AutocodeScope;
    if (options.has('dry-run')) {
      const hits = await workbench.call('autocode-preview', { query, scope, tag_id: tag.id });
      if (json) printJson(hits);
      else {
        for (const hit of hits)
          console.log(
            `${hit.already_coded ? '= ' : '+ '}#${hit.document_id} “${hit.text.replace(/\s+/g, ' ')}”`,
          );
        console.log(
          `${hits.filter((h) => !h.already_coded).length} passages would be tagged “${tag.name}” (${hits.length} hits)`,
        );
      }
      return 0;
    }
    const result = await workbench.call('autocode-apply', { query, scope, tag_id: tag.id });
    if (json) printJson({ ...result, tag_id: tag.id });
    else console.log(`Tagged ${result.tagged} passages “${tag.name}” (${result.created} new).`);
    return 0;
  },
};
