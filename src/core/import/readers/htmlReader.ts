import iconv from 'iconv-lite';
import { boilerplateReason as textBoilerplateReason } from '../boilerplate';
import { decodeText } from '../decodeText';
import { JOB_TITLE, isNewsroom } from '../findByline';
import {
  ImportProblem,
  type FieldOrigin,
  type FormatReader,
  type ReadBlock,
  type ReadDocument,
} from '../ReadDocument';
import { htmlBlocks } from './htmlBlocks';
import { boilerplateReason } from './htmlBoilerplate';
import { htmlMeta, type MetaDocument } from './htmlMeta';
import { mayBeNewsExport, splitNewsExport } from './newsExport';

/** Pages above this size skip Readability (its DOM work grows faster than the page). */
const FULL_EXTRACTION_LIMIT = 3 * 1024 * 1024;
/** The most reading text kept from one page; a runaway page is cut here with a warning. */
const MAX_TEXT_CHARS = 4_000_000;
// Set-aside kinds that stand before the article when the page's order cannot tell.
const LEADING = new Set(['cookie notice', 'navigation', 'site header']);

/**
 * A saved web page (.html, .htm, .xhtml): the article as Mozilla Readability extracts it (on a
 * linkedom DOM, no browser), the page's navigation, cookie notice, share bars, related links and
 * comments kept as set-aside blocks, and the metadata the page states (JSON-LD, OpenGraph, meta
 * tags), each with its origin.
 */
export const readHtmlFile: FormatReader = async ({ bytes, name }) => {
  const { html, encoding, origin } = decodeHtml(bytes);
  // A Factiva or Nexis export saved as a web page: one document per article.
  if (html.length <= FULL_EXTRACTION_LIMIT && mayBeNewsExport(html)) {
    const exported = splitNewsExport(htmlBlocks(html).blocks);
    if (exported) {
      return exported.map((article) => ({
        ...article,
        meta: { ...article.meta, encoding },
        origins: { ...article.origins, encoding: origin },
      }));
    }
  }
  return [await readHtml(html, { encoding, origin, name })];
};

/** Reads HTML already decoded (also used for e-mail bodies, MHTML and EPUB chapters). */
export async function readHtml(
  html: string,
  context: { encoding?: string; origin?: FieldOrigin; name: string; raw?: string },
): Promise<ReadDocument> {
  const warnings: string[] = [];
  let blocks: ReadBlock[];
  let found;
  if (html.length > FULL_EXTRACTION_LIMIT) {
    // Bound the work: metadata from the head only, text by one streaming pass.
    const head = html.slice(0, Math.min(html.length, 512 * 1024));
    const headEnd = head.search(/<\/head\s*>/i);
    const document = await parseDom(
      headEnd > 0 ? head.slice(0, headEnd) + '</head><body></body></html>' : '<html></html>',
    );
    found = htmlMeta(document);
    const pageTitle = squeeze(document.querySelector('title')?.textContent);
    if (!found.meta.title && pageTitle) {
      found.meta.title = siteless(pageTitle);
      found.origins.title = 'meta-tag';
    }
    const read = htmlBlocks(html, { detectBoilerplate: true, maxChars: MAX_TEXT_CHARS });
    blocks = read.blocks;
    warnings.push(
      `The page is ${(html.length / 1024 / 1024).toFixed(0)} MB, so its text was read without article extraction` +
        (read.truncated ? ` and cut after ${MAX_TEXT_CHARS.toLocaleString('en')} characters` : '') +
        '.',
    );
  } else {
    const document = await parseDom(html);
    found = htmlMeta(document);
    // Read before Readability rewrites the DOM (it turns the <h1> into an <h2>).
    const pageTitle = squeeze(document.querySelector('title')?.textContent);
    const heading = headlineOf(document, pageTitle);
    const { blocks: read, byline, title: readabilityTitle } = await articleBlocks(document);
    blocks = read;
    if (!found.meta.title && (readabilityTitle || heading || pageTitle)) {
      // Readability weighs the <title> against the page's headings and drops the site's name —
      // but only after the last separator ("Headline | World news | Site" keeps "| World news"):
      // the page's own <h1>, when the title begins with it, is the headline without the rest.
      const titled =
        readabilityTitle && heading && readabilityTitle.startsWith(heading) ? heading : readabilityTitle;
      found.meta.title = titled || heading || siteless(pageTitle);
      found.origins.title = found.meta.title === heading ? 'heading' : 'meta-tag';
    }
    // "Headline | Site name" (or "Site name | Headline") in <title>: the site is the source when
    // no tag names it.
    const suffix = pageTitle && heading ? /^(.*?)\s+[|–—-]\s+([^|–—-]{2,60})$/.exec(pageTitle) : null;
    const prefix = pageTitle && heading ? /^([^|–—-]{2,60}?)\s+[|–—-]\s+(.*)$/.exec(pageTitle) : null;
    if (!found.meta.source && suffix && squeeze(suffix[1]) === heading) {
      found.meta.source = suffix[2]!.trim();
      found.origins.source = 'meta-tag';
    } else if (!found.meta.source && prefix && squeeze(prefix[2]) === heading) {
      found.meta.source = prefix[1]!.trim();
      found.origins.source = 'meta-tag';
    }
    const author = byline ?? leadingByline(blocks);
    if (!found.meta.author && author && !isNewsroom(author)) {
      found.meta.author = author;
      found.origins.author = 'byline';
    }
  }
  if (context.encoding) {
    found.meta.encoding = context.encoding;
    found.origins.encoding = context.origin ?? 'detected';
  }
  if (found.meta.title) markTitle(blocks, found.meta.title);
  if (blocks.every((block) => block.boilerplate || block.kind === 'title')) {
    throw new ImportProblem(
      `Not imported: the page ${context.name} has no readable text (it may need JavaScript to show its content).`,
    );
  }
  return {
    blocks,
    meta: found.meta,
    origins: found.origins,
    raw: context.raw ?? html,
    ...(warnings.length ? { warnings } : {}),
  };
}

/** The part of linkedom's DOM this reader uses (its own types describe a browser window). */
interface DomElement {
  tagName: string;
  textContent: string | null;
  outerHTML: string;
  getAttribute(name: string): string | null;
  contains(other: DomElement): boolean;
  closest(selector: string): DomElement | null;
  remove(): void;
  querySelectorAll(selector: string): Iterable<DomElement>;
  querySelector(selector: string): DomElement | null;
}
interface Dom extends MetaDocument {
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
}

// Loaded once per thread and kept: each `import()` call, even of a module already loaded, is a
// round trip through the module loader (under tsx, a message to its hooks thread: 2–5 ms a page).
let linkedom: Promise<typeof import('linkedom')> | undefined;
let readability: Promise<typeof import('@mozilla/readability')> | undefined;

async function parseDom(html: string): Promise<Dom> {
  const { parseHTML } = await (linkedom ??= import('linkedom'));
  return (parseHTML(html) as unknown as { document: Dom }).document;
}

/** Site chrome set aside (with where it stood), then the article by Readability between. */
async function articleBlocks(
  document: Dom,
): Promise<{ blocks: ReadBlock[]; byline: string | null; title: string }> {
  const body = document.body;
  if (!body) return { blocks: [], byline: null, title: '' };
  const all = [...body.querySelectorAll('*')];
  const order = new Map(all.map((element, i) => [element, i]));
  const main = body.querySelector('article, main, [itemprop="articleBody"], [role="main"]');
  const mainAt = main ? order.get(main)! : -1;
  const bodyChars = body.textContent?.length ?? 0;
  const before: ReadBlock[] = [];
  const after: ReadBlock[] = [];
  const aside = new Set<string>();
  const chrome: DomElement[] = [];
  // Only pages that mention cookies have their containers' text read (see consentByText).
  const mentionsCookies = /cookie/i.test(body.textContent ?? '');
  for (const element of all) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'main' || tag === 'article' || tag === 'html' || tag === 'body') continue;
    if (chrome.some((outer) => outer.contains(element))) continue;
    const inArticle = !!element.closest('article, main');
    const reason =
      boilerplateReason({
        tag,
        id: element.getAttribute('id'),
        className: element.getAttribute('class'),
        role: element.getAttribute('role'),
        inArticle,
      }) ?? (mentionsCookies && !inArticle ? consentByText(tag, element) : null);
    if (!reason) continue;
    // A wrapper around the article ("page with-ads") is not chrome, nor is most of the page.
    if (main && element.contains(main)) continue;
    if ((element.textContent?.length ?? 0) > bodyChars * 0.5) continue;
    chrome.push(element);
    const leading = main ? order.get(element)! < mainAt && !main.contains(element) : LEADING.has(reason);
    for (const block of htmlBlocks(element.outerHTML).blocks) {
      aside.add(block.text);
      (leading ? before : after).push({ text: block.text, boilerplate: reason });
    }
  }
  // Chrome removed before Readability scores the page: comments must not win as "the article".
  for (const element of chrome) element.remove();

  const { Readability } = await (readability ??= import('@mozilla/readability'));
  let article: ReadBlock[] = [];
  let byline: string | null = null;
  let title = '';
  try {
    const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
    if (parsed?.content) {
      article = htmlBlocks(parsed.content).blocks;
      byline = parsed.byline ?? null;
      title = squeeze(parsed.title);
    }
  } catch {
    // Readability gives up on some pages; the page's own blocks follow.
  }
  const articleChars = article.reduce((sum, block) => sum + block.text.length, 0);
  if (articleChars < 200) {
    // Too little for Readability: the whole page without its chrome.
    article = htmlBlocks(document.body?.outerHTML ?? '').blocks;
  }
  article = article.filter((block) => !aside.has(block.text));
  return { blocks: [...before, ...article, ...after], byline: cleanByline(byline), title };
}

/**
 * A cookie banner whose class names say nothing ("rodo-popup", "kvkk-box"): a small container
 * outside the article whose text is a cookie notice by the rules for plain text. Readability
 * would drop it silently; set aside, it stays visible as what it is.
 */
function consentByText(tag: string, element: DomElement): string | null {
  if (tag !== 'div' && tag !== 'section' && tag !== 'aside' && tag !== 'dialog' && tag !== 'form')
    return null;
  const text = element.textContent ?? '';
  if (text.length > 1000 || !/cookie/i.test(text)) return null;
  return textBoilerplateReason(squeeze(text)) === 'cookie notice' ? 'cookie notice' : null;
}

// "By", "Von" … and the labelled forms "Autor:", "Автор:", "Yazar:", "Auteur :".
const BYLINE_PREFIX =
  /^(?:(?:by|von|par|por|di|door|av|af|de)\s+|(?:author|autor(?:in)?|auteur|autore|автор|yazar)\s*:\s*)/iu;

/** Readability's byline ("By Anna Müller | 5 March") as a name list, or null. */
function cleanByline(byline: string | null): string | null {
  // "By Nathan Willis\n   March 25, 2015": the name is the first line.
  const firstLine = (byline ?? '').trim().split(/\n/)[0] ?? '';
  // "Hamish Reid, Transport Correspondent": the job title after the name is no second author.
  const cleaned = squeeze(firstLine)
    .replace(BYLINE_PREFIX, '')
    .split(/\s+[|·•]\s+/)[0]!
    .split(/\s*,\s*/)
    .filter((part, i) => i === 0 || !JOB_TITLE.test(part))
    .join(', ')
    // "Jana Holt und Tom Schmidt": one list of names, as every other byline gives it.
    .replace(/\s+(?:and|und|et|y|e|i|ve|и|&)\s+(?=\p{Lu})/gu, ', ')
    .trim();
  // A date or time where a name should be ("Sunday, Feb 1, 2015 11:57 AM") is not a byline.
  if (/\d{1,2}:\d{2}|\b(1[89]|20)\d{2}\b/.test(cleaned)) return null;
  return cleaned.length >= 3 && cleaned.length <= 120 && /\p{Lu}/u.test(cleaned) ? cleaned : null;
}

/** "Por María García Puig" or "Von Katrin Vogel | 21.02.2024" among the first blocks. */
function leadingByline(blocks: ReadBlock[]): string | null {
  for (const block of blocks.filter((b) => !b.boilerplate).slice(0, 4)) {
    if (block.text.length > 100 || !BYLINE_PREFIX.test(block.text)) continue;
    const name = cleanByline(block.text.replace(/\s*\(.*$/, '').replace(/,\s*\d.*$/, ''));
    if (
      name &&
      /^\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s+)(?:\p{Lu}[\p{L}'’.-]*|de|del|van|von|der|da|di))*$/u.test(name)
    )
      return name;
  }
  return null;
}

/**
 * The page's headline: its <h1>, or on pages without one (older templates set it as <h2> or <h3>)
 * the first such heading that the <title> begins with — "Headline – Site" shows which it is.
 */
function headlineOf(document: Dom, pageTitle: string): string {
  const h1 = squeeze(document.querySelector('h1')?.textContent);
  if (h1 || !pageTitle) return h1;
  for (const element of document.querySelectorAll('h2, h3')) {
    const text = squeeze(element.textContent);
    if (text.length > 10 && pageTitle.startsWith(text)) return text;
  }
  return '';
}

function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** "Headline | Site" → "Headline" (the longest part). */
function siteless(title: string): string {
  const parts = title.split(/\s+[|–—]\s+|\s+-\s+/);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The article's own heading that repeats the title is the title, not a paragraph. */
function markTitle(blocks: ReadBlock[], title: string): void {
  const normal = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const wanted = normal(title);
  const index = blocks.findIndex((block) => !block.boilerplate);
  for (let i = Math.max(index, 0); i < Math.min(blocks.length, index + 4); i++) {
    const block = blocks[i]!;
    if (block.boilerplate) continue;
    const text = normal(block.text);
    if (
      text === wanted ||
      (text.length > 10 && wanted.startsWith(text)) ||
      (wanted.length > 10 && text.startsWith(wanted))
    ) {
      block.kind = 'title';
      return;
    }
  }
}

/**
 * The page's text: a byte-order mark or valid UTF-8 wins, else the charset the page declares
 * (`<meta charset>`, `http-equiv`), else the detector.
 */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string; origin: FieldOrigin } {
  if (bytes.length === 0) throw new ImportProblem('Not imported: the file is empty.');
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  const decoded = decodeText(bytes);
  if ('problem' in decoded) throw new ImportProblem(`Not imported: ${decoded.problem}.`);
  const utf = decoded.encoding.startsWith('utf');
  if (declared && !utf && iconv.encodingExists(declared) && !/^utf-?8$/.test(declared)) {
    const normalised =
      declared === 'iso-8859-1' || declared === 'latin1' || declared === 'us-ascii'
        ? 'windows-1252'
        : declared;
    return { html: iconv.decode(Buffer.from(bytes), normalised), encoding: declared, origin: 'meta-tag' };
  }
  return { html: decoded.text.replace(/^\uFEFF/, ''), encoding: decoded.encoding, origin: 'detected' };
}
