const ranges = new WeakMap<Document, Range>();

/**
 * One Range per document, reused for measuring and comparing positions. Chromium keeps every
 * Range attached to its document until a garbage collection, and each DOM change (a bar removed,
 * a span split) updates every attached one: after opening a document with 2,000 passages (a
 * range per bar measured) a removal took 0.5–1.7 ms instead of 0.1, in the very task that shows
 * a tag applied or removed. Only for use that ends before the caller returns: the next caller
 * moves it.
 */
export function scratchRange(document: Document): Range {
  let range = ranges.get(document);
  if (!range) {
    range = document.createRange();
    ranges.set(document, range);
  }
  return range;
}
