import { NOTE_LINK, PASSAGE_EMBED, TAG_REF } from '../../shared/editorNodes';
import type { Backlink } from '../../shared/model';
import { countWords } from '../../shared/text/tokenize';
import { walkNodes, type NodeJson } from './noteJson';

export interface NoteLinkRow {
  kind: Backlink['kind'];
  target_id: number;
  context: string;
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code', 'tablecell', PASSAGE_EMBED]);

/** The text a node shows, for search, excerpts and link context. */
export function nodeText(node: NodeJson): string {
  switch (node.type) {
    case 'text':
    case 'code-highlight':
    case 'hashtag':
      return node.text ?? '';
    case 'linebreak':
      return '\n';
    case 'tab':
      return '\t';
    case NOTE_LINK:
      return String(node.title ?? '');
    case TAG_REF:
      return '#' + String(node.name ?? '');
    case PASSAGE_EMBED: {
      const snapshot = node.snapshot as { exact?: string; speaker?: string | null } | undefined;
      return `“${snapshot?.exact ?? ''}”${snapshot?.speaker ? ` — ${snapshot.speaker}` : ''}`;
    }
    default: {
      const inner = (node.children ?? []).map(nodeText).join('');
      return BLOCKS.has(node.type) ||
        node.type === 'list' ||
        node.type === 'table' ||
        node.type === 'tablerow'
        ? inner + '\n'
        : inner;
    }
  }
}

/**
 * What the engine derives from a note's JSON on every save: its plain text (search, excerpts),
 * word count, and every link it makes — to notes, documents, passages (quote embeds) and tags —
 * with the words of the block around it for the backlinks panel.
 */
export function noteContent(root: NodeJson): { text: string; wordCount: number; links: NoteLinkRow[] } {
  const text = nodeText(root)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const links: NoteLinkRow[] = [];
  walkNodes(root, (node, parents) => {
    const block = [...parents].reverse().find((parent) => BLOCKS.has(parent.type));
    const context = () =>
      clip(
        nodeText(block ?? node)
          .replace(/\s+/g, ' ')
          .trim(),
      );
    if (node.type === PASSAGE_EMBED && typeof node.passage_id === 'number') {
      links.push({ kind: 'passage', target_id: node.passage_id, context: context() });
      const documentId = (node.snapshot as { document_id?: number | null } | undefined)?.document_id;
      if (typeof documentId === 'number')
        links.push({ kind: 'document', target_id: documentId, context: context() });
    } else if (node.type === NOTE_LINK && typeof node.target_id === 'number') {
      links.push({
        kind: node.target === 'document' ? 'document' : 'note',
        target_id: node.target_id,
        context: context(),
      });
    } else if (node.type === TAG_REF && typeof node.tag_id === 'number') {
      links.push({ kind: 'tag', target_id: node.tag_id, context: context() });
    }
  });
  return { text, wordCount: countWords(text), links };
}

function clip(text: string): string {
  return text.length > 240 ? text.slice(0, 239) + '…' : text;
}
