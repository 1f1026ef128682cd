import { basename, extname, resolve } from 'node:path';
import { LecternError } from '../../shared/errors';
import type { MergeReport } from '../../shared/model';
import type { Db } from '../db/open';
import { openReadOnly } from '../db/openReadOnly';
import { documentStore } from '../documents/documentStore';
import { textQuote } from '../annotate/textQuote';
import { stableGuid } from '../interchange/guid';
import { passageWriter } from '../interchange/importRefi';
import { readLecternProject, tagPaths } from '../interchange/lecternProject';
import { TAG_PALETTE } from '../tags/tagPalette';

/**
 * Merges a colleague's copy of a project into this one, for intercoder agreement: documents are
 * matched by content hash (missing ones added), tags by path (missing ones added), and the
 * colleague's passages are added as THEIR passages (a coder of their own), never mixed with ours.
 * The other file is only read. One transaction; merging the same file again adds nothing new.
 */
export function mergeProject(db: Db, otherPath: string, coderName?: string): MergeReport {
  const started = performance.now();
  const own = db.name;
  if (own && resolve(otherPath) === resolve(own))
    throw new LecternError(
      'invalid-argument',
      'That is this project itself: choose the colleague’s copy to merge.',
    );
  const other = openReadOnly(otherPath);
  let project;
  try {
    project = readLecternProject(other);
  } catch (error) {
    throw new LecternError(
      'invalid-argument',
      `${otherPath} could not be read as a Lectern project (${(error as Error).message}). Nothing was merged.`,
    );
  } finally {
    other.close();
  }
  const fileName = basename(otherPath, extname(otherPath));
  const local = (db.prepare('SELECT guid FROM coders WHERE id = 1').get() as { guid: string }).guid;
  const theirOwner = project.coders.find((coder) => coder.id === 1);
  // A colleague's copy made from ours carries our coder GUID as its owner: they are still someone else.
  const ownerGuid =
    !theirOwner || theirOwner.guid === local ? stableGuid('coder', `${local}:${fileName}`) : theirOwner.guid;
  const ownerName = coderName ?? (theirOwner && theirOwner.name !== 'Me' ? theirOwner.name : fileName);
  const report: MergeReport = {
    file: otherPath,
    coder: { id: 0, name: ownerName },
    documents_added: 0,
    documents_matched: 0,
    tags_added: 0,
    tags_matched: 0,
    passages_added: 0,
    passages_already_here: 0,
    not_merged: [],
    elapsed_ms: 0,
  };
  const ourPaths = () => {
    const tags = db.prepare('SELECT id, parent_id, name FROM tags').all() as Array<{
      id: number;
      parent_id: number | null;
      name: string;
    }>;
    return new Map([...tagPaths(tags)].map(([id, path]) => [path.toLowerCase(), id]));
  };

  db.transaction(() => {
    const findCoder = db.prepare<[string], { id: number }>('SELECT id FROM coders WHERE guid = ?');
    const coderId = (guid: string, name: string): number => {
      if (guid === local) return 1;
      const known = findCoder.get(guid)?.id;
      if (known !== undefined) return known;
      return Number(
        db.prepare('INSERT INTO coders (guid, name) VALUES (?, ?)').run(guid, name).lastInsertRowid,
      );
    };
    const coderOf = new Map<number, number>([[1, coderId(ownerGuid, ownerName)]]);
    for (const coder of project.coders)
      if (coder.id !== 1) coderOf.set(coder.id, coderId(coder.guid, coder.name));
    report.coder.id = coderOf.get(1)!;

    // Tags by path ("Actors/Russia", case-insensitively), walking their tree from the roots so a
    // parent exists before its children.
    const theirPaths = tagPaths(project.tags);
    const existing = ourPaths();
    const tagOf = new Map<number, number>();
    const insertTag = db.prepare(
      'INSERT INTO tags (parent_id, name, color, memo, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    let palette = existing.size;
    const byParent = new Map<number | null, typeof project.tags>();
    for (const tag of project.tags)
      byParent.set(tag.parent_id, [...(byParent.get(tag.parent_id) ?? []), tag]);
    const addTags = (parentId: number | null, ourParent: number | null) => {
      for (const tag of byParent.get(parentId) ?? []) {
        const path = theirPaths.get(tag.id)!.toLowerCase();
        let id = existing.get(path);
        if (id !== undefined) report.tags_matched++;
        else {
          id = Number(
            insertTag.run(
              ourParent,
              tag.name,
              tag.color || TAG_PALETTE[palette++ % TAG_PALETTE.length]!,
              tag.memo,
              tag.sort,
              tag.created_at,
              tag.updated_at,
            ).lastInsertRowid,
          );
          existing.set(path, id);
          report.tags_added++;
        }
        tagOf.set(tag.id, id);
        addTags(tag.id, id);
      }
    };
    addTags(null, null);

    // Documents by content hash.
    const store = documentStore(db);
    const bodyOf = db.prepare<[number], { body: string }>('SELECT body FROM documents WHERE id = ?');
    const documentOf = new Map<number, { id: number; same: boolean; body: string }>();
    for (const doc of project.documents) {
      const found = store.existingId(doc.content_hash);
      if (found !== undefined) {
        const body = bodyOf.get(found)!.body;
        documentOf.set(doc.id, { id: found, same: body === doc.body, body });
        report.documents_matched++;
      } else {
        const id = store.insert({
          ...doc,
          boilerplate: JSON.parse(doc.boilerplate),
          paragraphs: JSON.parse(doc.paragraphs),
          field_origins: JSON.parse(doc.field_origins),
          user_edits: JSON.parse(doc.user_edits),
        } as Parameters<typeof store.insert>[0]);
        documentOf.set(doc.id, { id, same: true, body: doc.body });
        report.documents_added++;
      }
    }

    // Their passages, as theirs.
    const write = passageWriter(db);
    const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM passages');
    for (const passage of project.passages) {
      const target = documentOf.get(passage.document_id)!;
      let { start, end } = passage;
      if (!target.same) {
        // Same text by hash, but read differently (another Lectern version): find the words again.
        const at = target.body.indexOf(passage.exact);
        if (at < 0) {
          report.not_merged.push(
            `a passage “${passage.exact.slice(0, 60)}”: its words are not in our copy of the document`,
          );
          continue;
        }
        start = at;
        end = at + passage.exact.length;
      }
      const anchor = passage.status === 'orphaned' ? passage : textQuote(target.body, start, end);
      const before = count.get()!.n;
      write({
        document_id: target.id,
        start: anchor.start,
        end: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        kind: passage.kind,
        speaker: passage.speaker,
        memo: passage.memo,
        status: passage.status,
        coder_id: coderOf.get(passage.coder_id) ?? coderOf.get(1)!,
        created_at: passage.created_at,
        updated_at: passage.updated_at,
        tag_ids: passage.tag_ids.map((id) => tagOf.get(id)!),
      });
      if (count.get()!.n > before) report.passages_added++;
      else report.passages_already_here++;
    }
    if (project.notes.length > 0)
      report.not_merged.push(
        `${project.notes.length} note(s): notes are not merged (export them as Markdown from the other copy and import them)`,
      );
  })();
  report.elapsed_ms = Math.round(performance.now() - started);
  return report;
}
