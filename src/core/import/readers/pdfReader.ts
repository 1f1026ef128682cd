// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- other programs (e2e) include this file but not the folder's ambient .d.ts
/// <reference path="./pdfjsMin.d.ts" />
import {
  ImportProblem,
  type FormatReader,
  type ReadBlock,
  type ReadDocument,
  type ReadMeta,
} from '../ReadDocument';
import { splitNewsExport } from './newsExport';
import { pdfBombReason } from './pdfBombCheck';
import {
  isPageNumber,
  pageParagraphs,
  pdfLines,
  runningLines,
  shape,
  type PdfLine,
  type PdfTextItem,
} from './pdfLayout';

/**
 * A PDF with a text layer, read by pdf.js (Mozilla's, the legacy build that runs in Node, no
 * worker thread): paragraphs with the page each starts on, so a passage can cite "p. 4";
 * running heads, feet and page numbers set aside; title, author and date from the document
 * properties. A scan without text, a password, a damaged file or a "PDF bomb" is refused with
 * what to do. A news-database export (Nexis Uni) is split into its articles.
 */
export const readPdfFile: FormatReader = async ({ bytes, name }) => {
  if (bytes.length === 0) throw new ImportProblem('Not imported: the file is empty.');
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) {
    throw new ImportProblem(
      `Not imported: ${name} is not a PDF (it has no PDF header). Check the file, or give it its right extension.`,
    );
  }
  const bomb = pdfBombReason(bytes);
  if (bomb)
    throw new ImportProblem(`Not imported: ${bomb}. Lectern refuses such files to protect your computer.`);
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  const truncated = !tail.includes('%%EOF');

  const pdfjs = await loadPdfjs();
  // pdf.js keeps (and may detach) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    const kind = (error as Error).name;
    if (kind === 'PasswordException') {
      throw new ImportProblem(
        `Not imported: ${name} is protected by a password. Open it in a PDF viewer, save a copy without the password (or print it to PDF), and import that.`,
      );
    }
    throw new ImportProblem(
      `Not imported: ${name} is damaged or incomplete${truncated ? ' (it ends before the PDF end marker, as a cut-off download does)' : ''} and cannot be read (${(error as Error).message}). Download or export it again.`,
    );
  }
  try {
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pdfLines(content.items.flatMap((item): PdfTextItem[] => ('str' in item ? [item] : []))));
      page.cleanup();
    }
    const characters = pages.reduce(
      (sum, lines) => sum + lines.reduce((s, line) => s + line.text.length, 0),
      0,
    );
    if (characters < (20 * Math.max(1, Math.min(pdf.numPages, 3))) / 3) {
      // A cut-off file loses its text with its end: not a scan, a broken download.
      if (truncated) {
        throw new ImportProblem(
          `Not imported: ${name} is damaged or incomplete (it ends before the PDF end marker, as a cut-off download does) and no text could be read from it. Download or export it again.`,
        );
      }
      throw new ImportProblem(
        `Not imported: ${name} has no text layer (it looks like a scan); run OCR on it (for example \`ocrmypdf in.pdf out.pdf\`) and import the result.`,
      );
    }
    const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const blocks = layout(pages);
    const raw = blocks.map((block) => block.text).join('\n\n');
    const warnings = truncated
      ? [`${name} looks cut off (no PDF end marker); some text may be missing.`]
      : [];
    const exported = splitNewsExport(blocks);
    if (exported) return exported.map((doc) => (warnings.length ? { ...doc, warnings } : doc));
    const meta = propertiesMeta(info);
    const document: ReadDocument = {
      blocks,
      meta,
      origins: Object.fromEntries(Object.keys(meta).map((key) => [key, 'meta-tag'])),
      raw,
      ...(warnings.length ? { warnings } : {}),
    };
    return [document];
  } finally {
    await pdf.destroy();
  }
};

let pdfjsModule: Promise<typeof import('pdfjs-dist/legacy/build/pdf.min.mjs')> | undefined;

/**
 * pdf.js, loaded on the first PDF (the CLI and the other formats do not pay for it). Its worker
 * code runs on this thread: set as `globalThis.pdfjsWorker`, pdf.js uses it instead of loading
 * the unminified worker file.
 */
function loadPdfjs() {
  pdfjsModule ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.min.mjs');
  })();
  return pdfjsModule;
}

/** All pages → blocks: running lines set aside, a paragraph cut by a page break joined again. */
function layout(pages: PdfLine[][]): ReadBlock[] {
  const sizes = pages.flat().map((line) => line.size);
  const bodySize = mode(sizes) || 10;
  const running = runningLines(pages);
  const blocks: ReadBlock[] = [];
  pages.forEach((lines, index) => {
    const page = index + 1;
    // The outermost line first; the next one in only if the outer one was running too.
    const sorted = [...lines].sort((a, b) => b.y - a.y);
    const heads: PdfLine[] = [];
    const feet: PdfLine[] = [];
    [sorted, [...sorted].reverse()].forEach((edge, bottom) => {
      for (const [i, line] of edge.slice(0, 2).entries()) {
        // A running line stands apart from the text block, and repeats (or is a page number).
        const next = edge[i + 1];
        const apart = !next || Math.abs(line.y - next.y) > Math.max(line.size, next.size) * 1.8;
        if (!apart || line.text.length > 120 || !(running.has(shape(line.text)) || isPageNumber(line.text)))
          break;
        (bottom ? feet : heads).push(line);
      }
    });
    const aside = (line: PdfLine): ReadBlock => ({
      text: line.text,
      page,
      boilerplate: isPageNumber(line.text) ? 'page number' : 'running head or foot',
    });
    // Heads before the page's text, feet after it: a separator at the foot stays in its place.
    blocks.push(...heads.map(aside));
    const kept = lines.filter((line) => !heads.includes(line) && !feet.includes(line));
    for (const block of pageParagraphs(kept, page, bodySize)) {
      const previous = [...blocks].reverse().find((b) => !b.boilerplate);
      // A sentence that runs over the page break: one paragraph, cited from the page it starts on.
      if (
        previous &&
        previous.page === page - 1 &&
        !previous.kind &&
        !block.kind &&
        !/[.!?:;"”»)]$/.test(previous.text) &&
        /^\p{Ll}/u.test(block.text)
      ) {
        previous.text = /\p{L}-$/u.test(previous.text)
          ? previous.text.slice(0, -1) + block.text
          : `${previous.text} ${block.text}`;
      } else blocks.push(block);
    }
    blocks.push(...feet.reverse().map(aside));
  });
  return blocks;
}

/**
 * Title and author from the PDF's document properties, skipping what tools fill in. The creation
 * date is not taken: it is when the file was made, often long after the text was published.
 */
function propertiesMeta(info: Record<string, unknown>): ReadMeta {
  const meta: ReadMeta = {};
  const title = typeof info.Title === 'string' ? info.Title.trim() : '';
  if (title && !/^(untitled|microsoft word - |document\d*$|\S+\.(docx?|pdf|indd|qxd)$)/i.test(title))
    meta.title = title;
  const author = typeof info.Author === 'string' ? info.Author.trim() : '';
  if (author && !/^(admin|user|owner|unknown)$/i.test(author)) meta.author = author;
  return meta;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [value, count] of counts) if (count > bestCount) [best, bestCount] = [value, count];
  return best;
}
