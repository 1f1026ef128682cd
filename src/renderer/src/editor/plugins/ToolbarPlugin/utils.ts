import { $createCodeNode, $isCodeNode } from '@lexical/code';
import { $isLinkNode } from '@lexical/link';
import {
  $isListNode,
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { $setBlockType } from '../../blockType';

// The toolbar's logic apart from its buttons, as the Lexical playground keeps its ToolbarPlugin's
// formatParagraph/formatHeading/… in utils.ts: what the selection is, and how to change it.

export type Block =
  'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'code' | 'bullet' | 'number' | 'check' | 'other';

/** What the toolbar shows as pressed: the block at the caret, its text formats, a link. */
export interface ToolbarState {
  block: Block;
  /** "bold,italic," — a string, so an unchanged state compares equal and skips a re-render. */
  formats: string;
  link: boolean;
}

export const BLOCK_LABELS: Array<[Block, string]> = [
  ['paragraph', 'Text'],
  ['h1', 'Heading 1'],
  ['h2', 'Heading 2'],
  ['h3', 'Heading 3'],
  ['quote', 'Block quote'],
  ['code', 'Code block'],
  ['bullet', 'Bulleted list'],
  ['number', 'Numbered list'],
  ['check', 'Check list'],
];

const LISTS: ReadonlyArray<Block> = ['bullet', 'number', 'check'];

/** The toolbar's state at the selection; null when there is no range selection (a table cell pick). */
export function $readToolbarState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
  let block: Block = 'other';
  if (top === null || top.getType() === 'paragraph') block = 'paragraph';
  else if ($isHeadingNode(top))
    block = ['h1', 'h2', 'h3'].includes(top.getTag()) ? (top.getTag() as Block) : 'h3';
  else if ($isQuoteNode(top)) block = 'quote';
  else if ($isCodeNode(top)) block = 'code';
  else if ($isListNode(top)) {
    const list = $findMatchingParent(anchor, $isListNode) ?? top;
    block = $isListNode(list) ? (list.getListType() as Block) : 'bullet';
  }
  const formats = (['bold', 'italic', 'underline', 'strikethrough', 'code'] as const)
    .filter((format) => selection.hasFormat(format))
    .map((format) => `${format},`)
    .join('');
  const link = $findMatchingParent(anchor, $isLinkNode) !== null;
  return { block, formats, link };
}

/** A typed address as a link target: https:// added to a bare domain; null for anything else. */
export function normaliseUrl(text: string): string | null {
  const url = text.trim();
  if (!url || url === 'https://') return null;
  if (/^(https?:|mailto:)/i.test(url)) return url;
  if (/^[\w.-]+\.[a-z]{2,}/i.test(url)) return `https://${url}`;
  return null;
}

/** Turns the blocks at the selection into `block`, leaving a list first when `current` is one. */
export function setBlockType(editor: LexicalEditor, block: Block, current: Block): void {
  if (block === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
  else if (block === 'number') editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
  else if (block === 'check') editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined);
  else {
    if (LISTS.includes(current)) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    editor.update(() => {
      if (block === 'paragraph') $setBlockType(() => $createParagraphNode());
      else if (block === 'h1' || block === 'h2' || block === 'h3')
        $setBlockType(() => $createHeadingNode(block));
      else if (block === 'quote') $setBlockType(() => $createQuoteNode());
      else if (block === 'code') $setBlockType(() => $createCodeNode());
    });
  }
  editor.focus();
}
