import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type ElementNode,
  type LexicalNode,
} from 'lexical';

const CONVERTIBLE = new Set(['paragraph', 'heading', 'quote', 'code']);

/**
 * Turns the top-level text blocks the selection touches (paragraphs, headings, quotes, code) into
 * blocks made by `create`, keeping their content. Lists and tables are left to their own commands.
 */
export function $setBlockType(create: () => ElementNode): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const seen = new Set<string>();
  const nodes: LexicalNode[] = [selection.anchor.getNode(), ...selection.getNodes()];
  for (const node of nodes) {
    const block =
      $isElementNode(node) && $isRootOrShadowRoot(node.getParent()) ? node : node.getTopLevelElement();
    if (!block || !$isElementNode(block) || seen.has(block.getKey())) continue;
    seen.add(block.getKey());
    if (!CONVERTIBLE.has(block.getType())) continue;
    block.replace(create(), true);
  }
}
