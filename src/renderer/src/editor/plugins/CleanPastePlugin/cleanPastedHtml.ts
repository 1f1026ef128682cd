/** Elements dropped with everything inside them: active content, media, form controls. */
const DROP = [
  'script',
  'style',
  'link',
  'meta',
  'title',
  'base',
  'noscript',
  'template',
  'head',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'map',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'dialog',
].join(',');

/** Attributes kept, per element; every other attribute (style, class, id, on*, src …) goes. */
const KEEP: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
  code: [],
  pre: [],
};

const SAFE_URL = /^(https?:|mailto:)/i;

/**
 * Cleans HTML pasted from the web before the editor reads it: structure (headings, paragraphs,
 * lists, tables, quotes, code, links) and basic formatting survive; styles, classes, scripts,
 * images and any other remote content do not. Inline styles that mean bold, italic, underline or
 * strike-through become the matching elements first, so a page that styles its emphasis keeps it.
 * Parsed with DOMParser, whose documents are inert: nothing in them loads or runs.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(DROP).forEach((element) => element.remove());
  for (const element of Array.from(doc.body.querySelectorAll<HTMLElement>('*'))) {
    const tag = element.tagName.toLowerCase();
    const style = element.style;
    const wrappers: string[] = [];
    if (tag !== 'b' && tag !== 'strong' && /^(bold|bolder|[6-9]00)$/.test(style.fontWeight))
      wrappers.push('strong');
    if (tag !== 'i' && tag !== 'em' && style.fontStyle === 'italic') wrappers.push('em');
    if (style.textDecorationLine.includes('underline') || style.textDecoration.includes('underline'))
      wrappers.push('u');
    if (style.textDecorationLine.includes('line-through') || style.textDecoration.includes('line-through'))
      wrappers.push('s');
    // Google Docs wraps everything in <b style="font-weight:normal">: not bold at all.
    const unbold = (tag === 'b' || tag === 'strong') && /^(normal|[1-4]00)$/.test(style.fontWeight);
    const keep = KEEP[tag] ?? [];
    for (const attribute of Array.from(element.attributes)) {
      if (!keep.includes(attribute.name)) element.removeAttribute(attribute.name);
    }
    const href = element.getAttribute('href');
    if (href !== null && !SAFE_URL.test(href.trim())) element.removeAttribute('href');
    // A link that leads nowhere safe is just its words.
    if (tag === 'a' && !element.hasAttribute('href')) {
      element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    for (const wrapper of wrappers) {
      const inner = doc.createElement(wrapper);
      inner.append(...Array.from(element.childNodes));
      element.append(inner);
    }
    if (unbold) element.replaceWith(...Array.from(element.childNodes));
  }
  return doc.body.innerHTML;
}
