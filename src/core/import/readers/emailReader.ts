import {
  ImportProblem,
  type FieldOrigin,
  type FormatReader,
  type ReadDocument,
  type ReadMeta,
} from '../ReadDocument';
import { readText } from '../readText';
import { isoDay } from './htmlMeta';
import { readHtml } from './htmlReader';

/**
 * An e-mail (.eml) through postal-mime: subject, sender and date from the headers (origin
 * 'email-header'); the body as HTML (newsletters: the article extracted, the chrome set aside) or
 * as text. Attachments are not imported.
 */
export const readEmlFile: FormatReader = async ({ bytes, name }) => {
  if (bytes.length === 0) throw new ImportProblem('Not imported: the file is empty.');
  return [await readMessage(Buffer.from(bytes), name)];
};

/** A mailbox (.mbox): one document per message. */
export const readMboxFile: FormatReader = async ({ bytes, name }) => {
  if (bytes.length === 0) throw new ImportProblem('Not imported: the file is empty.');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  // Messages start at a "From " line at the start of the file or after a blank line.
  const starts = [...text.matchAll(/(?:^|\n)From [^\n]*\n/g)].map(
    (match) => match.index! + (match[0].startsWith('\n') ? 1 : 0),
  );
  if (starts.length === 0)
    throw new ImportProblem(`Not imported: ${name} is not a mailbox (no "From " lines).`);
  const documents: ReadDocument[] = [];
  const warnings: string[] = [];
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? text.length;
    const message = text.slice(text.indexOf('\n', start) + 1, end).replace(/^>(>*From )/gm, '$1');
    try {
      const read = await readMessage(Buffer.from(message, 'latin1'), `${name} message ${i + 1}`);
      documents.push({ ...read, part: `message ${i + 1} of ${starts.length}` });
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      warnings.push(`message ${i + 1}: ${error.message}`);
    }
  }
  if (documents.length === 0) throw new ImportProblem(`Not imported: no message in ${name} has text.`);
  if (warnings.length) documents[0] = { ...documents[0]!, warnings };
  return documents;
};

/** A saved web archive (.mhtml, .mht): the page inside, read as HTML. */
export const readMhtmlFile: FormatReader = async ({ bytes, name }) => {
  if (bytes.length === 0) throw new ImportProblem('Not imported: the file is empty.');
  const PostalMime = (await import('postal-mime')).default;
  const email = await PostalMime.parse(Buffer.from(bytes));
  if (!email.html) throw new ImportProblem(`Not imported: ${name} holds no web page.`);
  return [await readHtml(email.html, { name, encoding: 'utf-8', origin: 'detected' })];
};

async function readMessage(bytes: Buffer, name: string): Promise<ReadDocument> {
  const PostalMime = (await import('postal-mime')).default;
  const email = await PostalMime.parse(bytes);
  const meta: ReadMeta = {};
  const origins: Partial<Record<keyof ReadMeta, FieldOrigin>> = {};
  const set = <K extends keyof ReadMeta>(key: K, value: ReadMeta[K] | undefined) => {
    if (value === undefined || value === '') return;
    meta[key] = value;
    origins[key] = 'email-header';
  };
  set('title', email.subject?.trim());
  set('author', email.from?.name?.trim() || email.from?.address);
  set('published_at', isoDay(email.date));
  const raw = bytes.toString('utf8');
  let document: ReadDocument;
  if (email.html && email.html.replace(/<[^>]*>/g, '').trim()) {
    const read = await readHtml(email.html, { name, raw });
    // The headers say who sent it and when; the page's own tags may not.
    document = { ...read, meta: { ...read.meta, ...meta }, origins: { ...read.origins, ...origins } };
  } else if (email.text?.trim()) {
    document = { ...readText(email.text), meta, origins, raw };
  } else throw new ImportProblem(`Not imported: ${name} has no text.`);
  return document;
}
