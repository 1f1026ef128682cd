import { existsSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import { LecternError } from '../../shared/errors';
import type { MetadataField, ReanchorReport } from '../../shared/model';
import { searchIndex } from '../search/searchIndex';
import { createReanchorer } from '../annotate/reanchor';
import type { CodingContext } from '../coding/CodingContext';
import { collectFiles } from '../import/collectFiles';
import { prepareFile } from '../import/prepareFile';
import { storeQuoteSuggestions } from '../quotes/storeQuoteSuggestions';
import { afterImport } from './afterImport';
import { minhashSignature } from './minhashSignature';
import { storySignatureStore } from './storySignatures';

/**
 * Replaces a document's text with the current content of its original file (a corrected
 * version) in one transaction: the document, its index entry, and every passage re-anchored.
 * Passages that cannot be placed are kept as orphans with their text; quotations are detected
 * again at once. Session undo history is cleared, since its offsets refer to the old text.
 */
export async function reimportDocument(context: CodingContext, id: number): Promise<ReanchorReport> {
  const { db } = context;
  const doc = db
    .prepare<
      [number],
      Record<MetadataField, string | null> & {
        title: string;
        body: string;
        origin_path: string | null;
        user_edits: string;
      }
    >(
      'SELECT title, published_at, source, author, place, language, url, section, body, origin_path, user_edits FROM documents WHERE id = ?',
    )
    .get(id);
  if (!doc) throw new LecternError('not-found', `Document ${id} does not exist.`);
  // Older projects stored an upload's bare name as its path; only an absolute path is a file.
  if (!doc.origin_path || !isAbsolute(doc.origin_path)) {
    throw new LecternError(
      'invalid-argument',
      `Document ${id} was uploaded, so Lectern has no path to read it again from. Import the corrected file instead.`,
    );
  }
  if (!existsSync(doc.origin_path)) {
    throw new LecternError(
      'not-found',
      `The original file of document ${id} (${doc.origin_path}) is not on disk any more. Import the corrected file instead.`,
    );
  }
  const [file] = collectFiles([doc.origin_path]).files;
  const read = file
    ? await prepareFile(file, new Date().toISOString())
    : { problem: 'the file cannot be read' };
  if ('problem' in read)
    throw new LecternError('import-failed', `${basename(doc.origin_path)}: ${read.problem}`);
  // A file of many articles (a database export): the article of the same title is this document.
  const prepared =
    read.documents.length === 1 ? read.documents[0] : read.documents.find((d) => d.title === doc.title);
  if (!prepared)
    throw new LecternError(
      'import-failed',
      `${basename(doc.origin_path)} now holds ${read.documents.length} articles and none is titled “${doc.title}”; import the file instead.`,
    );
  const twin = db
    .prepare<[string, number], { id: number }>('SELECT id FROM documents WHERE content_hash = ? AND id != ?')
    .get(prepared.content_hash, id);
  if (twin)
    throw new LecternError(
      'invalid-argument',
      `The file now has the same text as document ${twin.id}; nothing was changed.`,
    );

  // The researcher's edits win over what the file says now: those fields keep their value and origin.
  const edited = Object.keys(JSON.parse(doc.user_edits)) as MetadataField[];
  const fields = { ...prepared, field_origins: { ...prepared.field_origins } };
  for (const field of edited) {
    Object.assign(fields, { [field]: doc[field] });
    fields.field_origins[field] = 'user';
  }

  const reanchor = createReanchorer(doc.body, prepared.body);
  const passages = db
    .prepare<
      [number],
      { id: number; start: number; end: number; exact: string; prefix: string; suffix: string }
    >('SELECT id, start, "end" AS "end", exact, prefix, suffix FROM passages WHERE document_id = ?')
    .all(id);
  const report: ReanchorReport = { document_id: id, kept: 0, moved: 0, orphaned: 0 };
  const now = new Date().toISOString();
  db.transaction(() => {
    db.prepare(
      `UPDATE documents SET title = @title, title_origin = @title_origin, source = @source, author = @author,
        published_at = @published_at, place = @place, language = @language, body = @body, raw = @raw,
        boilerplate = @boilerplate, paragraphs = @paragraphs, word_count = @word_count, content_hash = @content_hash,
        url = @url, section = @section, field_origins = @field_origins
        WHERE id = @id`,
    ).run({
      ...fields,
      boilerplate: JSON.stringify(prepared.boilerplate),
      paragraphs: JSON.stringify(prepared.paragraphs),
      field_origins: JSON.stringify(fields.field_origins),
      id,
    });
    storySignatureStore(db).set(id, minhashSignature(prepared.body));
    const index = searchIndex(db);
    index.remove(id);
    index.add(id, fields.title ?? prepared.title, prepared.body, fields.language ?? prepared.language);
    const move = db.prepare(
      `UPDATE passages SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, status = 'anchored', updated_at = ? WHERE id = ?`,
    );
    const orphan = db.prepare("UPDATE passages SET status = 'orphaned', updated_at = ? WHERE id = ?");
    for (const passage of passages) {
      const result = reanchor(passage);
      report[result.status]++;
      if (result.status === 'orphaned') orphan.run(now, passage.id);
      else {
        const { start, end, exact, prefix, suffix } = result.anchor;
        move.run(start, end, exact, prefix, suffix, now, passage.id);
      }
    }
    // Open suggestions are found again on the new text; decisions already taken stay.
    db.prepare("DELETE FROM quote_suggestions WHERE document_id = ? AND status = 'open'").run(id);
    storeQuoteSuggestions(db, id, prepared.body);
  }).immediate();
  context.journal.clear();
  // The new text may now match a story, and its source's boilerplate rules apply to it again.
  afterImport(db, [id]);
  return report;
}
