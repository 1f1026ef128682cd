import { printJson, type CliCommand } from '../CliCommand';
import { tagPath } from '../resolveTag';

export const tagsCommand: CliCommand = {
  usage: 'tags                  the codebook: every tag with its passage counts (own / with sub-tags)',
  async run({ workbench, json }) {
    const tags = await workbench.call('tags-list', {});
    if (json) {
      printJson(tags.map((tag) => ({ ...tag, path: tagPath(tag, tags) })));
      return 0;
    }
    if (tags.length === 0) console.log('The codebook is empty.');
    const depth = (id: number | null): number =>
      id === null ? 0 : 1 + depth(tags.find((t) => t.id === id)?.parent_id ?? null);
    const printTree = (parentId: number | null) => {
      for (const tag of tags.filter((t) => t.parent_id === parentId)) {
        const indent = '  '.repeat(depth(tag.parent_id));
        console.log(
          `${indent}${tag.name}  (${tag.count}${tag.total !== tag.count ? ` / ${tag.total}` : ''})  #${tag.id} ${tag.color}`,
        );
        printTree(tag.id);
      }
    };
    printTree(null);
    return 0;
  },
};
