import { NOTE_LINK, PASSAGE_EMBED, TAG_REF, type SerializedPassageEmbed } from '../../../shared/editorNodes';
import type { PassageCitation } from '../../../shared/model';
import type { NodeJson } from '../../notes/noteJson';
import { escapeMarkdown } from './escapeMarkdown';
import { formatCitation } from './formatCitation';

export interface MarkdownLinks {
  /** The current text of a cited passage (null when it no longer exists). */
  citation(passageId: number): PassageCitation | null;
  /** A link to a note or document, in the chosen style ([[Title]] or [Title](Title.md)). */
  link(target: 'note' | 'document', targetId: number | null, title: string): string;
  /** Where a quote's source paragraph is, when sources are exported too. */
  sourceLink?(citation: PassageCitation): string | null;
}

// Lexical's text format bits.
const BOLD = 1;
const ITALIC = 2;
const STRIKE = 4;
const UNDERLINE = 8;
const CODE = 16;
const SUBSCRIPT = 32;
const SUPERSCRIPT = 64;
const HIGHLIGHT = 128;

/**
 * Writes a note's Lexical JSON as GitHub-flavoured Markdown. Quote embeds become `>` blockquotes
 * whose citation (speaker, title, source, date) is a footnote; note links follow `links`; tag
 * references become #tags. Returns the body, the footnotes in order and the tags it mentions.
 */
export function lexicalToMarkdown(
  root: NodeJson,
  links: MarkdownLinks,
): { body: string; footnotes: string[]; tags: string[] } {
  const footnotes: string[] = [];
  const tags = new Set<string>();

  let linkDepth = 0;
  const inline = (nodes: NodeJson[] = []): string => nodes.map(inlineNode).join('');
  const inlineNode = (node: NodeJson): string => {
    switch (node.type) {
      case 'text':
      case 'hashtag': {
        const format = typeof node.format === 'number' ? node.format : 0;
        // A #tag typed in the text is a tag for Obsidian too: it belongs in the front matter.
        if (!(format & CODE) && linkDepth === 0) for (const tag of inlineTags(node.text ?? '')) tags.add(tag);
        return formatText(node.text ?? '', format);
      }
      case 'code-highlight':
        return node.text ?? '';
      case 'linebreak':
        return '  \n';
      case 'tab':
        return '\t';
      case 'link':
      case 'autolink': {
        linkDepth++;
        const label = inline(node.children);
        linkDepth--;
        return `[${label}](${escapeUrl(String(node.url ?? ''))})`;
      }
      case NOTE_LINK:
        return links.link(
          node.target === 'document' ? 'document' : 'note',
          (node.target_id as number | null) ?? null,
          String(node.title ?? ''),
        );
      case TAG_REF: {
        const tag = tagName(String(node.name ?? ''));
        tags.add(String(node.name ?? ''));
        return '#' + tag;
      }
      default:
        return inline(node.children);
    }
  };

  const block = (node: NodeJson): string => {
    switch (node.type) {
      case 'paragraph':
        return inline(node.children);
      case 'heading': {
        const level = Number(String(node.tag ?? 'h1').slice(1)) || 1;
        return `${'#'.repeat(level)} ${inline(node.children)}`;
      }
      case 'quote':
        return prefixLines(inline(node.children), '> ');
      case 'code': {
        const code = (node.children ?? [])
          .map((child) => (child.type === 'linebreak' ? '\n' : (child.text ?? '')))
          .join('');
        const fence = code.includes('```') ? '````' : '```';
        return `${fence}${node.language ?? ''}\n${code}\n${fence}`;
      }
      case 'list':
        return list(node, 0);
      case 'horizontalrule':
        return '---';
      case 'table':
        return table(node);
      case PASSAGE_EMBED:
        return passage(node as unknown as SerializedPassageEmbed);
      default:
        return inline(node.children);
    }
  };

  const list = (node: NodeJson, depth: number): string => {
    const lines: string[] = [];
    let number = node.start ?? 1;
    for (const item of node.children ?? []) {
      const nested = (item.children ?? []).filter((child) => child.type === 'list');
      const own = (item.children ?? []).filter((child) => child.type !== 'list');
      const marker =
        node.listType === 'number'
          ? `${number}.`
          : node.listType === 'check'
            ? `- [${item.checked ? 'x' : ' '}]`
            : '-';
      const indent = '  '.repeat(depth);
      if (own.length > 0 || nested.length === 0) {
        lines.push(`${indent}${marker} ${inline(own).replace(/\n/g, `\n${indent}  `)}`);
        number++;
      }
      for (const sub of nested) lines.push(list(sub, depth + 1));
    }
    return lines.join('\n');
  };

  const table = (node: NodeJson): string => {
    const rows = (node.children ?? []).map((row) =>
      (row.children ?? []).map((cell) =>
        (cell.children ?? [])
          .map((child) => inline(child.children ?? [child]))
          .join(' ')
          .replace(/\n/g, ' '),
      ),
    );
    if (rows.length === 0) return '';
    const width = Math.max(...rows.map((row) => row.length));
    const pad = (row: string[]) => [...row, ...Array(width - row.length).fill('')];
    const [head, ...rest] = rows.map(pad);
    return [head!, Array(width).fill('---'), ...rest].map((row) => `| ${row.join(' | ')} |`).join('\n');
  };

  const passage = (embed: SerializedPassageEmbed): string => {
    const live = links.citation(embed.passage_id);
    const cited: PassageCitation = live ?? {
      passage_id: embed.passage_id,
      status: 'deleted',
      ...embed.snapshot,
      published_at: embed.snapshot.published_at,
    };
    footnotes.push(formatCitation(cited, links.sourceLink?.(cited) ?? null));
    const text = escapeMarkdown(cited.exact.trim()).replace(/\n+/g, '\n\n');
    return prefixLines(`${text}[^${footnotes.length}]`, '> ');
  };

  const body = (root.children ?? [])
    .map(block)
    .filter((text, index, all) => text !== '' || (index > 0 && all[index - 1] !== ''))
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { body, footnotes, tags: [...tags] };
}

function formatText(text: string, format: number): string {
  if (text === '') return '';
  if (format & CODE) {
    const ticks = text.includes('`') ? '``' : '`';
    return `${ticks}${text}${ticks}`;
  }
  // Markers must hug the words: keep surrounding spaces outside them.
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (!core) return text;
  let out = escapeMarkdown(core!);
  if (format & HIGHLIGHT) out = `==${out}==`;
  if (format & SUBSCRIPT) out = `<sub>${out}</sub>`;
  if (format & SUPERSCRIPT) out = `<sup>${out}</sup>`;
  if (format & UNDERLINE) out = `<u>${out}</u>`;
  if (format & STRIKE) out = `~~${out}~~`;
  if (format & ITALIC) out = `*${out}*`;
  if (format & BOLD) out = `**${out}**`;
  return lead + out + trail;
}

function prefixLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? prefix.trimEnd() : prefix + line))
    .join('\n');
}

function escapeUrl(url: string): string {
  // Parentheses and spaces would end a Markdown link's URL early.
  return url.replace(
    /[()\s]/g,
    (char) => '%' + char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
}

/**
 * Obsidian tags take no spaces: "Border clashes" → Border-clashes; letters, digits, _ - / only,
 * and not digits alone (Obsidian would not read "#2022" as a tag): "2022" → _2022.
 */
export function tagName(name: string): string {
  const clean = name
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_/-]/gu, '');
  return /^[\p{N}/]*$/u.test(clean) && clean !== '' ? `_${clean}` : clean;
}

/**
 * The #tags in a text as Obsidian reads them: "#" not inside a word (so not a URL fragment or
 * "C#"), then letters, digits, _ - /, with at least one that is not a digit ("#1" is no tag).
 */
export function inlineTags(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_&#/])#([\p{L}\p{N}_/-]+)/gu)) {
    const tag = match[1]!.replace(/[/-]+$/, '');
    if (tag && !/^[\p{N}/]+$/u.test(tag)) found.push(tag);
  }
  return found;
}
