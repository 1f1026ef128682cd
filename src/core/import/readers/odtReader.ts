import { Parser } from 'htmlparser2';
import {
  ImportProblem,
  type FieldOrigin,
  type FormatReader,
  type ReadBlock,
  type ReadMeta,
} from '../ReadDocument';
import { languageCode } from './htmlMeta';
import { firstHeadingAsTitle } from './titleBlock';
import { xmlElementText } from './xmlText';
import { unzipAll } from './zipEntries';

// Elements whose text is not the document's (comments, footnote bodies, tracked deletions …).
const SKIP = new Set([
  'office:annotation',
  'text:note',
  'text:tracked-changes',
  'office:forms',
  'text:bookmark-ref',
]);

/**
 * An OpenDocument text (.odt, LibreOffice and others): paragraphs and outline headings from
 * content.xml, title, author and language from meta.xml. Parts are unpacked within the zip limits.
 */
export const readOdtFile: FormatReader = async ({ bytes, name }) => {
  if (bytes.length === 0) throw new ImportProblem('Not imported: the file is empty.');
  const parts = unzipAll(bytes, name, (entry) => entry.name === 'content.xml' || entry.name === 'meta.xml');
  const content = parts.get('content.xml')?.toString('utf8');
  if (!content)
    throw new ImportProblem(`Not imported: ${name} is not an OpenDocument text (it has no content.xml).`);
  const blocks = odtBlocks(content);
  const meta: ReadMeta = {};
  const origins: Partial<Record<keyof ReadMeta, FieldOrigin>> = {};
  const metaXml = parts.get('meta.xml')?.toString('utf8');
  if (metaXml) {
    const title = xmlElementText(metaXml, 'dc:title');
    const author = xmlElementText(metaXml, 'meta:initial-creator') ?? xmlElementText(metaXml, 'dc:creator');
    const language = languageCode(xmlElementText(metaXml, 'dc:language'));
    if (title) [meta.title, origins.title] = [title, 'meta-tag'];
    if (author) [meta.author, origins.author] = [author, 'meta-tag'];
    if (language) [meta.language, origins.language] = [language, 'meta-tag'];
  }
  firstHeadingAsTitle(blocks, meta.title !== undefined);
  return [{ blocks, meta, origins, raw: blocks.map((block) => block.text).join('\n\n') }];
};

function odtBlocks(xml: string): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  let depth = 0; // open text:p / text:h elements
  let skip = 0;
  let text = '';
  let heading = false;
  const flush = () => {
    const cleaned = text.replace(/^ +| +$/gm, '').trim();
    if (cleaned) blocks.push(heading ? { text: cleaned, kind: 'heading' } : { text: cleaned });
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (skip > 0 || SKIP.has(tag)) {
          skip++;
          return;
        }
        if (tag === 'text:p' || tag === 'text:h') {
          if (depth === 0) {
            flush();
            heading = tag === 'text:h';
          }
          depth++;
        } else if (tag === 'text:s') text += ' '.repeat(Math.min(Number(attributes['text:c'] ?? 1) || 1, 10));
        // <text:s/> is how ODT writes a second space; white space in the XML itself collapses.
        else if (tag === 'text:tab') text += '\t';
        else if (tag === 'text:line-break') text += '\n';
      },
      ontext(data) {
        if (skip === 0 && depth > 0) text += data.replace(/\s+/g, ' ');
      },
      onclosetag(tag) {
        if (skip > 0) {
          skip--;
          return;
        }
        if (tag === 'text:p' || tag === 'text:h') {
          depth--;
          if (depth === 0) flush();
        } else if (tag === 'table:table-cell' && depth === 0) flush();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  flush();
  return blocks;
}
