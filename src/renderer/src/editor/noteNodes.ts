import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { NoteLinkNode } from './nodes/NoteLinkNode';
import { PassageEmbedNode } from './nodes/PassageEmbedNode';
import { TagRefNode } from './nodes/TagRefNode';

/** Every node a Lectern note may contain: what the engine's Markdown exporter knows, plus ours. */
export const noteNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  CodeNode,
  CodeHighlightNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  HorizontalRuleNode,
  PassageEmbedNode,
  NoteLinkNode,
  TagRefNode,
];
