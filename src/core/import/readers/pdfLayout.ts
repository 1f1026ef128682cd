import type { ReadBlock } from '../ReadDocument';

/** One line of a page's text layer. */
export interface PdfLine {
  text: string;
  /** Baseline from the page's bottom, in points. */
  y: number;
  /** Font size in points. */
  size: number;
}

/** A text item as pdf.js gives it (text, transform [a b c d x y], width, end-of-line flag). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** Text items in content order → lines, with spaces where items stand apart. */
export function pdfLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { endX: number }) | null = null;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? item.height) || item.height || 10;
    if (item.str !== '') {
      if (current && Math.abs(current.y - y) <= Math.max(current.size, size) * 0.5) {
        const gap = x - current.endX;
        if (gap > size * 0.15 && !current.text.endsWith(' ') && !item.str.startsWith(' '))
          current.text += ' ';
        current.text += item.str;
        current.endX = x + item.width;
        current.size = Math.max(current.size, size);
      } else {
        if (current) lines.push(current);
        current = { text: item.str, y, size, endX: x + item.width };
      }
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ text: line.text.replace(/\s+/g, ' ').trim(), y: line.y, size: line.size }))
    .filter((line) => line.text !== '');
}

/**
 * A page's lines → paragraphs: a break where the gap between lines is clearly wider than the
 * page's usual line spacing or the font size changes; larger short lines are headings; words
 * hyphenated at a line end are joined.
 */
export function pageParagraphs(lines: PdfLine[], page: number, bodySize: number): ReadBlock[] {
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap) => gap > 0);
  const spacing = median(gaps) || bodySize * 1.2;
  // A paragraph's last line is short: a line that would have had room for the next word ends one.
  const lengths = lines.map((line) => line.text.length).sort((a, b) => a - b);
  const fullLine = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const blocks: ReadBlock[] = [];
  let text = '';
  let size = 0;
  const flush = () => {
    if (text === '') return;
    const block: ReadBlock = { text, page };
    if (size > bodySize * 1.15 && text.length < 150 && !/[.,;:]$/.test(text)) block.kind = 'heading';
    blocks.push(block);
    text = '';
  };
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap = previous ? previous.y - line.y : 0;
    const sizeChange = previous && Math.abs(previous.size - line.size) > bodySize * 0.15;
    const shortBefore = previous !== undefined && fullLine > 40 && previous.text.length < fullLine * 0.6;
    // Wider than usual, or wider than single or one-and-a-half spacing can be.
    const wide = gap > Math.min(spacing * 1.4, Math.max(line.size, previous?.size ?? 0) * 1.9);
    if (previous && (wide || gap < 0 || sizeChange || shortBefore)) flush();
    if (text === '') {
      text = line.text;
      size = line.size;
    } else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line.text)) {
      text = text.slice(0, -1) + line.text;
    } else {
      text += ' ' + line.text;
    }
  });
  flush();
  return blocks;
}

/**
 * Running heads, running feet and page numbers: lines at the top or bottom of a page that
 * repeat (digits aside) on many pages. They are set aside, not deleted.
 */
export function runningLines(pages: PdfLine[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set(edgeLines(lines).map((line) => shape(line.text)));
    for (const key of edge) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  const needed = Math.max(3, Math.ceil(pages.length * 0.5));
  for (const [key, count] of counts) if (pages.length >= 3 && count >= needed) repeated.add(key);
  return repeated;
}

/** The two topmost and two lowest short lines of a page: where running heads and feet stand. */
export function edgeLines(lines: PdfLine[]): PdfLine[] {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  return [...new Set([...byHeight.slice(0, 2), ...byHeight.slice(-2)])].filter(
    (line) => line.text.length <= 120,
  );
}

/** A line with its numbers blanked, so "Page 3 of 9" and "Page 4 of 9" are one running line. */
export function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** A line that is only a page number: "4", "- 4 -", "Page 4", "Seite 4 von 10", "4/10". */
export function isPageNumber(text: string): boolean {
  return /^(?:[-–—]\s*)?(?:(?:page|seite|p\.|s\.|página|pagina)\s*)?\d{1,4}(?:\s*(?:\/|of|von|de|sur)\s*\d{1,4})?(?:\s*[-–—])?$/i.test(
    text.trim(),
  );
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
