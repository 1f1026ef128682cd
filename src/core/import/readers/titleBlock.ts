import type { ReadBlock } from '../ReadDocument';

/**
 * A document that opens with a heading and states no title: that heading is its title (Word's
 * "Title" or "Heading 1" line, an ODT outline heading). Marks it so the analysis takes it.
 */
export function firstHeadingAsTitle(blocks: ReadBlock[], hasTitle: boolean): ReadBlock[] {
  const first = blocks.findIndex((block) => !block.boilerplate);
  if (!hasTitle && first >= 0 && blocks[first]!.kind === 'heading')
    blocks[first] = { ...blocks[first]!, kind: 'title' };
  return blocks;
}
