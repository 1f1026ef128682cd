import { isNewsroom } from '../findByline';
import type { FieldOrigin, ReadMeta } from '../ReadDocument';

/** The part of a DOM document the metadata reader uses (linkedom's and the browser's agree). */
export interface MetaDocument {
  querySelectorAll(selector: string): Iterable<MetaElement>;
  querySelector(selector: string): MetaElement | null;
  documentElement: MetaElement | null;
}
interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** Lower case for ASCII letters only, as CSS's case-insensitive attribute match compares. */
const asciiLower = (value: string) => value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

type Found = { meta: ReadMeta; origins: Partial<Record<keyof ReadMeta, FieldOrigin>> };

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|WebPage|TechArticle)$/;

/**
 * Title, author, date, site name, language, canonical URL and section as the page states them:
 * JSON-LD first (a NewsArticle is the publisher's own record), then OpenGraph, then plain meta
 * tags. What no tag states stays empty so the text analysis can look for a byline or dateline.
 */
export function htmlMeta(document: MetaDocument): Found {
  const found: Found = { meta: {}, origins: {} };
  const set = <K extends keyof ReadMeta>(
    key: K,
    value: ReadMeta[K] | undefined | null,
    origin: FieldOrigin,
  ) => {
    if (value === undefined || value === null || value === '' || found.meta[key] !== undefined) return;
    // "Redaktion Nordkurier Online", "Staff": a newsroom is no author; the byline may name one.
    if (key === 'author' && typeof value === 'string' && isNewsroom(value)) return;
    found.meta[key] = value;
    found.origins[key] = origin;
  };
  // The page's meta tags by name and by property (the first of each, as querySelector would
  // find it): one walk over the document instead of two selector queries per name looked up.
  const byName = new Map<string, MetaElement>();
  const byProperty = new Map<string, MetaElement>();
  for (const element of document.querySelectorAll('meta')) {
    const name = element.getAttribute('name');
    if (name !== null && !byName.has(asciiLower(name))) byName.set(asciiLower(name), element);
    const property = element.getAttribute('property');
    if (property !== null && !byProperty.has(asciiLower(property)))
      byProperty.set(asciiLower(property), element);
  }
  const tag = (...names: string[]) => {
    for (const name of names) {
      // As `meta[name="…" i]`, then `meta[property="…" i]`: ASCII letters in any case.
      const element = byName.get(asciiLower(name)) ?? byProperty.get(asciiLower(name));
      const content = element?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };

  const { article, byId } = jsonLdArticle(document);
  if (article) {
    // Yoast and others put the author and publisher elsewhere in the @graph and point at them.
    const resolve = (value: Json | undefined): Json | undefined => {
      if (Array.isArray(value)) return value.map((item) => resolve(item) ?? null);
      if (value && typeof value === 'object' && typeof value['@id'] === 'string' && !value.name)
        return byId.get(value['@id']) ?? value;
      return value;
    };
    set('title', clean(text(article.headline) ?? text(article.name)), 'json-ld');
    const jsonAuthor = people(resolve(article.author));
    set('author', jsonAuthor ? withoutBy(jsonAuthor) : undefined, 'json-ld');
    set('published_at', isoDay(text(article.datePublished) ?? text(article.dateCreated)), 'json-ld');
    set('source', name(resolve(article.publisher)) ?? name(resolve(article.sourceOrganization)), 'json-ld');
    set('language', languageCode(text(article.inLanguage)), 'json-ld');
    set('url', text(article.url) ?? idOf(article.mainEntityOfPage), 'json-ld');
    set('section', clean(text(article.articleSection)), 'json-ld');
    const words = Number(text(article.wordCount));
    if (Number.isInteger(words) && words > 0) set('word_count', words, 'json-ld');
  }

  set('title', clean(tag('og:title')), 'opengraph');
  const ogAuthor = tag('article:author');
  if (ogAuthor && !/^https?:/.test(ogAuthor)) set('author', ogAuthor, 'opengraph');
  set('published_at', isoDay(tag('article:published_time', 'og:article:published_time')), 'opengraph');
  set('source', tag('og:site_name'), 'opengraph');
  set('url', tag('og:url'), 'opengraph');
  set('section', tag('article:section'), 'opengraph');
  set('language', languageCode(tag('og:locale')), 'opengraph');

  // Schema.org microdata in the markup (older news sites): itemprop on visible elements.
  const itemprop = (name: string) => {
    const element = document.querySelector(`[itemprop~="${name}"]`);
    if (!element) return undefined;
    const value =
      element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent ?? undefined;
    return clean(value ?? undefined);
  };
  set('title', itemprop('headline'), 'meta-tag');
  const microAuthor = clean(
    document.querySelector('[itemprop~="author"] [itemprop~="name"]')?.textContent ?? itemprop('author'),
  );
  if (microAuthor) set('author', withoutBy(microAuthor), 'meta-tag');
  set('published_at', isoDay(itemprop('datePublished')), 'meta-tag');

  set('title', clean(tag('twitter:title', 'dc.title', 'citation_title', 'title')), 'meta-tag');
  const author = tag('author', 'dc.creator', 'byl', 'citation_author', 'sailthru.author', 'parsely-author');
  if (author && !/^https?:/.test(author))
    set('author', author.replace(/^(by|von|par|por)\s+/i, ''), 'meta-tag');
  set(
    'published_at',
    isoDay(
      tag(
        'date',
        'pubdate',
        'publishdate',
        'publish-date',
        'dc.date',
        'dc.date.issued',
        'dcterms.date',
        'dcterms.created',
        'citation_publication_date',
        'citation_date',
        'sailthru.date',
        'parsely-pub-date',
        'article.published',
        'date.available',
      ) ??
        document.querySelector('time[pubdate]')?.getAttribute('datetime') ??
        // The article's own <time datetime> (the first one, under its headline), when no tag
        // states the date: "<time datetime="2024-01-18T08:30:00+01:00">18/01/2024</time>".
        document.querySelector('article time[datetime], main time[datetime]')?.getAttribute('datetime') ??
        undefined,
    ),
    'meta-tag',
  );
  set('source', tag('application-name', 'publisher', 'dc.publisher', 'citation_journal_title'), 'meta-tag');
  set(
    'language',
    languageCode(
      document.documentElement?.getAttribute('lang') ??
        document.documentElement?.getAttribute('xml:lang') ??
        tag('language', 'dc.language', 'content-language') ??
        document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
        undefined,
    ),
    'meta-tag',
  );
  set('url', document.querySelector('link[rel="canonical" i]')?.getAttribute('href')?.trim(), 'meta-tag');
  set('section', tag('section', 'category'), 'meta-tag');
  return found;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The page's article record from its JSON-LD blocks (also inside @graph and arrays). */
function jsonLdArticle(document: MetaDocument): { article?: JsonObject; byId: Map<string, JsonObject> } {
  const candidates: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  const visit = (node: Json, depth: number) => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, depth + 1));
    if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
    const types = ([] as Json[]).concat(node['@type'] ?? []);
    if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) candidates.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      // Some CMSs leave raw line breaks or a trailing semicolon in the JSON.
      visit(
        JSON.parse(
          (script.textContent ?? '')
            .trim()
            .replace(/;$/, '')
            .replace(/[\r\n\t]+/g, ' '),
        ) as Json,
        0,
      );
    } catch {
      // A broken JSON-LD block says nothing; the other sources still count.
    }
  }
  // A news article beats a generic WebPage record.
  const rank = (node: JsonObject) => {
    const type = ([] as Json[]).concat(node['@type'] ?? []).join(' ');
    return /WebPage/.test(type) && !/Article|Posting/.test(type) ? 1 : 0;
  };
  return { article: candidates.sort((a, b) => rank(a) - rank(b))[0], byId };
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function name(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return name(value[0]);
  if (value && typeof value === 'object') return text(value.name);
  return undefined;
}

function idOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value))
    return text(value['@id']) ?? text(value.url);
  return undefined;
}

function people(value: Json | undefined): string | undefined {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // An organisation as author ("Reuters" on a paper's page) is where the text came from, not who
  // wrote it.
  const names = list
    .filter((person) => !isOrganisation(person))
    .map((person) => name(person))
    .filter((n): n is string => !!n && !/^https?:/.test(n));
  return names.length ? [...new Set(names)].join(', ') : undefined;
}

function isOrganisation(value: Json): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const type = value['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /Organi[sz]ation|Corporation|NewsMedia/.test(t));
}

/** "2024-03-05T10:00:00+01:00" → "2024-03-05" (the publisher's own calendar day). */
export function isoDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (match) {
    const [, year, month, day] = match;
    if (month && (Number(month) < 1 || Number(month) > 12)) return undefined;
    if (day && (Number(day) < 1 || Number(day) > 31)) return undefined;
    return [year, month, day].filter(Boolean).join('-');
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

/** "de-DE", "de_DE", "DE" → "de". */
export function languageCode(value: string | undefined): string | undefined {
  const match = /^([a-z]{2,3})(?:[-_]|$)/i.exec(value?.trim() ?? '');
  return match ? match[1]!.toLowerCase() : undefined;
}

/** "By Jane Doe" / "Von Anna Müller" → the name. */
function withoutBy(name: string): string {
  return name.replace(/^(by|von|par|por|di|door|av|af)\s+/i, '').trim();
}

function clean(value: string | undefined): string | undefined {
  return value?.replace(/\s+/g, ' ').trim() || undefined;
}
