import { Parser } from 'htmlparser2';
import type { ReadBlock } from '../ReadDocument';
import { boilerplateReason } from './htmlBoilerplate';

// Elements whose start or end ends a paragraph.
const BLOCK = new Set(
  'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
// Elements whose text is never reading text.
const SKIP = new Set(
  'script style noscript template svg math iframe object canvas select button head'.split(' '),
);
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const HEADING = /^h[1-6]$/;

export interface BlockOptions {
  /** Set site chrome (nav, comments, share bars …) aside with its reason, as the fast path must. */
  detectBoilerplate?: boolean;
  /** Stop after this many characters of text (a runaway page); `truncated` is then true. */
  maxChars?: number;
}

/**
 * The text blocks of an HTML fragment or page in reading order: one per paragraph, heading, list
 * item or table cell, white space collapsed, `<br>` kept as a line break. A streaming parse
 * (htmlparser2), so a 50 MB page costs time in proportion to its size and little memory.
 */
export function htmlBlocks(
  html: string,
  options: BlockOptions = {},
): { blocks: ReadBlock[]; truncated: boolean } {
  const blocks: ReadBlock[] = [];
  const stack: Array<{ tag: string; reason: string | null; article: boolean }> = [];
  let text = '';
  let skipDepth = 0;
  let chars = 0;
  let truncated = false;
  const maxChars = options.maxChars ?? Infinity;

  const current = () => stack.at(-1);
  const flush = () => {
    const cleaned = text
      .replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    text = '';
    if (cleaned === '') return;
    chars += cleaned.length;
    const block: ReadBlock = { text: cleaned };
    const heading = [...stack].reverse().find((entry) => HEADING.test(entry.tag));
    if (heading) block.kind = 'heading';
    const reason = [...stack].reverse().find((entry) => entry.reason)?.reason;
    if (reason) block.boilerplate = reason;
    blocks.push(block);
    if (chars > maxChars) {
      truncated = true;
      parser.pause();
      parser.reset();
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (truncated) return;
        if (skipDepth > 0 || SKIP.has(name)) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        if (name === 'br') {
          text += '\n';
          return;
        }
        if (BLOCK.has(name)) flush();
        if (VOID.has(name)) return;
        const inArticle = current()?.article ?? false;
        const reason = options.detectBoilerplate
          ? boilerplateReason({
              tag: name,
              id: attributes.id,
              className: attributes.class,
              role: attributes.role,
              inArticle,
            })
          : null;
        stack.push({ tag: name, reason, article: inArticle || name === 'article' || name === 'main' });
      },
      ontext(data) {
        if (skipDepth === 0 && !truncated) text += data;
      },
      onclosetag(name, implied) {
        if (truncated) return;
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth--;
          return;
        }
        if (VOID.has(name)) return;
        if (BLOCK.has(name)) flush();
        // Pop to the matching element (htmlparser2 closes implied tags itself).
        const at = stack.map((entry) => entry.tag).lastIndexOf(name);
        if (at >= 0) stack.length = at;
        void implied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  if (!truncated) parser.end();
  flush();
  return { blocks, truncated };
}
