import { posix } from 'node:path';
import {
  ImportProblem,
  type FieldOrigin,
  type FormatReader,
  type ReadBlock,
  type ReadMeta,
} from '../ReadDocument';
import { htmlBlocks } from './htmlBlocks';
import { isoDay, languageCode } from './htmlMeta';
import { decodeXmlEntities, xmlElementText } from './xmlText';
import { listZip, readZipEntry } from './zipEntries';

/**
 * An EPUB e-book: the chapters in reading order (the OPF spine), each read as XHTML, as one
 * document; title, author, language, date and publisher from the package metadata.
 */
export const readEpubFile: FormatReader = async ({ bytes, name }) => {
  if (bytes.length === 0) throw new ImportProblem('Not imported: the file is empty.');
  const entries = new Map(listZip(bytes, name).map((entry) => [entry.name, entry]));
  const read = (path: string) => {
    const entry = entries.get(path);
    return entry ? readZipEntry(bytes, entry, name).toString('utf8') : undefined;
  };
  const container = read('META-INF/container.xml');
  const opfPath = container ? /full-path="([^"]+)"/.exec(container)?.[1] : undefined;
  const opf = opfPath ? read(decodeXmlEntities(opfPath)) : undefined;
  if (!opf || !opfPath)
    throw new ImportProblem(`Not imported: ${name} is not a readable EPUB (its package file is missing).`);
  if (entries.has('META-INF/encryption.xml') && /EncryptedData/.test(read('META-INF/encryption.xml') ?? '')) {
    throw new ImportProblem(
      `Not imported: ${name} is protected by DRM. Lectern reads only unprotected e-books.`,
    );
  }
  const base = posix.dirname(opfPath);
  const manifest = new Map<string, string>();
  for (const item of opf.matchAll(/<(?:opf:)?item\b[^>]*>/g)) {
    const id = /\sid="([^"]+)"/.exec(item[0])?.[1];
    const href = /\shref="([^"]+)"/.exec(item[0])?.[1];
    if (id && href)
      manifest.set(id, posix.normalize(posix.join(base, decodeURIComponent(decodeXmlEntities(href)))));
  }
  const blocks: ReadBlock[] = [];
  for (const ref of opf.matchAll(/<(?:opf:)?itemref\b[^>]*idref="([^"]+)"[^>]*>/g)) {
    const path = manifest.get(ref[1]!);
    const xhtml = path ? read(path) : undefined;
    if (xhtml) blocks.push(...htmlBlocks(xhtml).blocks);
  }
  if (blocks.length === 0) throw new ImportProblem(`Not imported: ${name} has no readable chapters.`);
  const meta: ReadMeta = {};
  const origins: Partial<Record<keyof ReadMeta, FieldOrigin>> = {};
  const set = <K extends keyof ReadMeta>(key: K, value: ReadMeta[K] | undefined) => {
    if (value === undefined || value === '') return;
    meta[key] = value;
    origins[key] = 'meta-tag';
  };
  set('title', xmlElementText(opf, 'dc:title'));
  set('author', xmlElementText(opf, 'dc:creator'));
  set('language', languageCode(xmlElementText(opf, 'dc:language')));
  set('published_at', isoDay(xmlElementText(opf, 'dc:date')));
  set('source', xmlElementText(opf, 'dc:publisher'));
  return [{ blocks, meta, origins, raw: blocks.map((block) => block.text).join('\n\n') }];
};
