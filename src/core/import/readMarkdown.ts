import type { ReadDocument } from './ReadDocument';
import { splitParagraphs } from './splitParagraphs';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Markdown: YAML front matter (title, date, author, source, lang) is metadata; `#` headings are
 * the title and sub-headings; inline syntax (emphasis, links, code) is reduced to its text so the
 * reader and search see prose. The original stays in `raw`.
 */
export function readMarkdown(text: string): Omit<ReadDocument, 'raw'> {
  const meta: ReadDocument['meta'] = {};
  const front = FRONT_MATTER.exec(text);
  let content = text;
  if (front) {
    content = text.slice(front[0].length);
    for (const line of front[1]!.split(/\r?\n/)) {
      const field = /^(\w+)\s*:\s*(.*?)\s*$/.exec(line);
      if (!field) continue;
      const value = field[2]!.replace(/^["']|["']$/g, '');
      if (!value) continue;
      const key = field[1]!.toLowerCase();
      if (key === 'title') meta.title = value;
      else if (key === 'date' || key === 'published' || key === 'published_at')
        meta.published_at = value.slice(0, 10);
      else if (key === 'author' || key === 'byline') meta.author = value;
      else if (key === 'source' || key === 'publisher' || key === 'site') meta.source = value;
      else if (key === 'lang' || key === 'language') meta.language = value.toLowerCase().slice(0, 2);
    }
  }
  const blocks: ReadDocument['blocks'] = [];
  let inFence = false;
  const lines: string[] = [];
  for (const line of content.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(line);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush(lines, blocks);
      const isTitle = heading[1] === '#' && !meta.title && !blocks.some((block) => block.kind === 'title');
      blocks.push({ text: stripInline(heading[2]!), kind: isTitle ? 'title' : 'heading' });
    } else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush(lines, blocks);
    } else {
      lines.push(line.replace(/^\s{0,3}>\s?/, '').replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, '• '));
    }
  }
  flush(lines, blocks);
  return { blocks, meta };
}

function flush(lines: string[], blocks: ReadDocument['blocks']): void {
  for (const paragraph of splitParagraphs(lines.join('\n'))) blocks.push({ text: stripInline(paragraph) });
  lines.length = 0;
}

/** Reduces inline Markdown to the text a reader sees. */
function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(
      /\[\[([^\]|]+)(\|([^\]]+))?\]\]/g,
      (_, target: string, _alias, alias?: string) => alias ?? target,
    )
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/<[^>]+>/g, '');
}
