import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { createHeadlessEditor } from '@lexical/headless';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { $convertFromMarkdownString, CHECK_LIST, TRANSFORMERS } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { NOTE_LINK, TAG_REF } from '../../shared/editorNodes';
import type { NodeJson } from './noteJson';

export interface LinkResolver {
  /** The id of the note with this title, or null (the link is kept and made when clicked). */
  noteId(title: string): number | null;
  /** The id of the codebook tag with this name, or null (then `#word` stays text). */
  tagId(name: string): number | null;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const RULE = /^ {0,3}([-*_])( *\1){2,} *$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Reads a Markdown file into a note: Lexical's own Markdown importer (headless, the same
 * transformers as the editor's shortcuts) for the common syntax, then what it does not know —
 * rules, GFM tables, [[note links]] and #tags of the codebook — as Lectern's nodes. The title
 * comes from front matter, else a first `# heading`, else the file name.
 */
export function markdownToNote(
  markdown: string,
  fileName: string,
  resolve: LinkResolver,
): { title: string; json: string } {
  let text = markdown.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  let title: string | null = null;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    title =
      /^title:\s*(.+)$/m
        .exec(front[1]!)?.[1]
        ?.trim()
        .replace(/^["']|["']$/g, '') ?? null;
    text = text.slice(front[0].length);
  }
  // Blocks Lexical's importer does not handle become placeholder paragraphs (private-use
  // characters mark them), swapped back below.
  const blocks: NodeJson[] = [];
  const placeholder = (node: NodeJson) => `\uE000${blocks.push(node) - 1}\uE000`;
  const lines = text.split('\n');
  const out: string[] = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && RULE.test(line) && (out.length === 0 || out.at(-1)!.trim() === '')) {
      out.push(placeholder({ type: 'horizontalrule', version: 1 }));
    } else if (!inFence && TABLE_ROW.test(line) && TABLE_DIVIDER.test(lines[i + 1] ?? '')) {
      const rows = [line];
      for (i += 2; i < lines.length && TABLE_ROW.test(lines[i]!); i++) rows.push(lines[i]!);
      i--;
      out.push('', placeholder(tableNode(rows)), '');
    } else out.push(line);
  }

  const editor = createHeadlessEditor({
    nodes: [
      HeadingNode,
      QuoteNode,
      ListNode,
      ListItemNode,
      LinkNode,
      AutoLinkNode,
      CodeNode,
      CodeHighlightNode,
    ],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $convertFromMarkdownString(out.join('\n'), [CHECK_LIST, ...TRANSFORMERS]), {
    discrete: true,
  });
  const root = editor.getEditorState().toJSON().root as unknown as NodeJson;

  root.children = (root.children ?? []).map((node) => {
    const only = node.type === 'paragraph' && node.children?.length === 1 ? node.children[0]! : null;
    const match = only?.type === 'text' ? /^\uE000(\d+)\uE000$/.exec(only.text ?? '') : null;
    return match ? blocks[Number(match[1])]! : node;
  });
  splitInlineReferences(root, resolve);

  if (!title) {
    const first = root.children[0];
    if (first?.type === 'heading' && first.tag === 'h1') {
      title = (first.children ?? [])
        .map((child) => child.text ?? child.title ?? '')
        .join('')
        .trim();
      root.children.shift();
    }
  }
  return { title: title || fileName.replace(/\.(md|markdown)$/i, ''), json: JSON.stringify({ root }) };
}

/** A GFM pipe table as Lexical table JSON; the first row is the header. */
function tableNode(rows: string[]): NodeJson {
  const cells = (row: string) =>
    row
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replace(/\\\|/g, '|'));
  return {
    type: 'table',
    version: 1,
    children: rows.map((row, rowIndex) => ({
      type: 'tablerow',
      version: 1,
      children: cells(row).map((cell) => ({
        type: 'tablecell',
        version: 1,
        headerState: rowIndex === 0 ? 1 : 0,
        colSpan: 1,
        rowSpan: 1,
        backgroundColor: null,
        children: [{ type: 'paragraph', version: 1, children: cell ? [textNode(cell)] : [] }],
      })),
    })),
  };
}

/** Splits `[[Title]]` and `#tag` out of plain text nodes into note-link and tag-ref nodes. */
function splitInlineReferences(node: NodeJson, resolve: LinkResolver): void {
  if (!node.children) return;
  const children: NodeJson[] = [];
  for (const child of node.children) {
    if (child.type !== 'text' || child.format !== 0 || !/\[\[|#\p{L}/u.test(child.text ?? '')) {
      splitInlineReferences(child, resolve);
      children.push(child);
      continue;
    }
    const text = child.text ?? '';
    let at = 0;
    for (const match of text.matchAll(
      /\[\[([^\]|]+)(?:\|[^\]]*)?\]\]|(?<![\p{L}\p{N}&/])#([\p{L}\p{N}_/-]+)/gu,
    )) {
      const start = match.index ?? 0;
      let replacement: NodeJson | null = null;
      if (match[1]) {
        const title = match[1].trim();
        replacement = {
          type: NOTE_LINK,
          version: 1,
          target: 'note',
          target_id: resolve.noteId(title),
          title,
        };
      } else if (match[2]) {
        const tagId = resolve.tagId(match[2]) ?? resolve.tagId(match[2].replace(/-/g, ' '));
        if (tagId !== null)
          replacement = { type: TAG_REF, version: 1, tag_id: tagId, name: match[2].replace(/-/g, ' ') };
      }
      if (!replacement) continue;
      if (start > at) children.push({ ...child, text: text.slice(at, start) });
      children.push(replacement);
      at = start + match[0].length;
    }
    if (at < text.length) children.push({ ...child, text: text.slice(at) });
  }
  node.children = children;
}

function textNode(text: string): NodeJson {
  return { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' };
}
