import type { BoilerplateBlock, Paragraph } from '../../shared/model';

/** One paragraph of a stored document, in reading order, read or set aside. */
export interface Unit {
  text: string;
  kind: 'paragraph' | 'heading' | 'boilerplate';
  reason?: string;
}

export interface Partition {
  body: string;
  paragraphs: Paragraph[];
  boilerplate: BoilerplateBlock[];
}

/** A stored document's paragraphs and set-aside blocks back in reading order. */
export function unitsOf(doc: Partition): Unit[] {
  const units: Unit[] = [];
  const blocks = [...doc.boilerplate].sort((a, b) => a.at - b.at);
  let next = 0;
  const flush = (upTo: number) => {
    while (next < blocks.length && blocks[next]!.at <= upTo) {
      const block = blocks[next++]!;
      for (const text of block.text.split('\n\n'))
        units.push({ text, kind: 'boilerplate', reason: block.reason });
    }
  };
  for (const paragraph of doc.paragraphs) {
    flush(paragraph.start);
    units.push({ text: doc.body.slice(paragraph.start, paragraph.end), kind: paragraph.kind });
  }
  flush(Number.POSITIVE_INFINITY);
  return units;
}

/**
 * Builds body, paragraph ranges and set-aside blocks from units: body paragraphs joined by blank
 * lines, consecutive set-aside paragraphs collapsed into one block at the offset where they stood.
 */
export function assembleUnits(units: Unit[]): Partition {
  let body = '';
  const paragraphs: Paragraph[] = [];
  const boilerplate: BoilerplateBlock[] = [];
  for (const unit of units) {
    if (unit.kind !== 'boilerplate') {
      if (body !== '') body += '\n\n';
      paragraphs.push({ start: body.length, end: body.length + unit.text.length, kind: unit.kind });
      body += unit.text;
    } else {
      const at = body === '' ? 0 : body.length + 2;
      const reason = unit.reason ?? 'boilerplate';
      const previous = boilerplate.at(-1);
      if (previous && previous.at === at) {
        previous.text += '\n\n' + unit.text;
        if (!previous.reason.includes(reason)) previous.reason += ', ' + reason;
      } else boilerplate.push({ at, text: unit.text, reason });
    }
  }
  for (const block of boilerplate) block.at = Math.min(block.at, body.length);
  return { body, paragraphs, boilerplate };
}

/** Normalised key of a paragraph for per-source rules: case and spacing do not matter. */
export function paragraphKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
