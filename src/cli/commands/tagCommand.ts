import { printJson, stringOption, type CliCommand } from '../CliCommand';
import { resolveTag, tagPath } from '../resolveTag';

export const tagCommand: CliCommand = {
  usage: [
    'tag create NAME [--parent T] [--color #rrggbb] [--memo TEXT]   add a tag to the codebook',
    '  tag rename T NEW-NAME            rename a tag (T: id, name or path like Actors/Russia)',
    '  tag move T --parent P|--top [--before T2]   re-parent or reorder a tag',
  ].join('\n'),
  async run({ workbench, args, options, json }) {
    const [action, ...rest] = args;
    const tags = await workbench.call('tags-list', {});
    const show = async (id: number, verb: string) => {
      const all = await workbench.call('tags-list', {});
      const tag = all.find((t) => t.id === id)!;
      if (json) printJson({ ...tag, path: tagPath(tag, all) });
      else console.log(`${verb} ${tagPath(tag, all)}  #${tag.id} ${tag.color}`);
    };
    switch (action) {
      case 'create': {
        const name = rest.join(' ').trim();
        if (!name) throw new Error('Give the new tag a name: `lectern tag create "Economy"`.');
        const parent = stringOption(options, 'parent');
        const color = stringOption(options, 'color');
        const memo = stringOption(options, 'memo');
        const tag = await workbench.call('tags-create', {
          name,
          ...(parent ? { parent_id: resolveTag(parent, tags).id } : {}),
          ...(color ? { color } : {}),
          ...(memo ? { memo } : {}),
        });
        await show(tag.id, 'Created');
        return 0;
      }
      case 'rename': {
        const [reference, ...name] = rest;
        if (!reference || name.length === 0) throw new Error('Usage: `lectern tag rename T NEW-NAME`.');
        const tag = await workbench.call('tags-update', {
          id: resolveTag(reference, tags).id,
          name: name.join(' '),
        });
        await show(tag.id, 'Renamed to');
        return 0;
      }
      case 'move': {
        const [reference] = rest;
        if (!reference) throw new Error('Usage: `lectern tag move T --parent P` (or --top).');
        const tag = resolveTag(reference, tags);
        const parent = stringOption(options, 'parent');
        if (!parent && !options.has('top'))
          throw new Error('Say where to: --parent P, or --top for the top level.');
        const before = stringOption(options, 'before');
        await workbench.call('tags-move', {
          id: tag.id,
          parent_id: parent ? resolveTag(parent, tags).id : null,
          ...(before ? { before_id: resolveTag(before, tags).id } : {}),
        });
        await show(tag.id, 'Moved to');
        return 0;
      }
      default:
        throw new Error(
          'Say what to do: `lectern tag create|rename|move …` (`lectern tags` lists the codebook).',
        );
    }
  },
};
